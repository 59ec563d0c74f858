package org.cityscore.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request written byte for byte on a socket, for paths no HTTP client library sends as they are (a lone
 * {@code %}, a raw backslash, an encoded NUL): what Tomcat answers before Spring sees the request.
 */
final class RawHttp {

    private RawHttp() {
    }

    static Exchange get(int port, String rawPath, String authorization, Ledger ledger) {
        String request = "GET " + rawPath + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: application/json\r\n"
                + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "Connection: close\r\n\r\n";
        Exchange exchange;
        long start = System.nanoTime();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            exchange = parse(rawPath, socket.getInputStream().readAllBytes(), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            exchange = Exchange.noAnswer("GET", rawPath, null, e);
        }
        return ledger.record(exchange);
    }

    private static Exchange parse(String rawPath, byte[] response, long millis) throws IOException {
        String all = new String(response, StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no complete HTTP answer: " + Exchange.excerpt(all, 200));
        }
        String[] lines = all.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(lines[i].substring(0, colon).trim(), name -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(response, end + 4, response.length);
        boolean chunked = headers.entrySet().stream().anyMatch(header -> header.getKey().equalsIgnoreCase("Transfer-Encoding")
                && header.getValue().stream().anyMatch(value -> value.equalsIgnoreCase("chunked")));
        if (chunked) {
            body = unchunk(new java.io.ByteArrayInputStream(body));
        }
        return new Exchange("GET", rawPath, null, status, headers, new String(body, StandardCharsets.UTF_8), millis);
    }

    private static byte[] unchunk(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            StringBuilder size = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                if (c != '\r') {
                    size.append((char) c);
                }
            }
            String hex = size.toString().split(";")[0].trim();
            if (c == -1 || hex.isEmpty() || Integer.parseInt(hex, 16) == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(Integer.parseInt(hex, 16)));
            in.read(); // \r
            in.read(); // \n
        }
    }
}
