package org.cityscore.bench;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One participant's device in the load harness: a keep-alive HTTP/1.1 connection that sends a JSON request and
 * returns the status, skipping the body.
 *
 * <p>Why not java.net.http.HttpClient: measured here, it spent about 1 ms of CPU per request, as much as the app
 * spends answering it; on a 2-core machine the load generator would take the cores it is meant to measure. This
 * blocking socket spends about a tenth of that. It reads only what the workshop API sends: a status line, headers
 * and a {@code Content-Length} body.
 */
final class ParticipantConnection implements Closeable {

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private int reconnects;

    ParticipantConnection(String host, int port) throws IOException {
        this.host = host;
        this.port = port;
        connect();
    }

    /** Sends one request and waits for the whole reply; the connection stays open for the next. */
    int send(String method, String path, String authorization, String json) throws IOException {
        if (socket == null) {
            connect();
            reconnects++;
        }
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nAuthorization: " + authorization
                + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        out.write(request); // one write, one packet: the server reads head and body together
        out.flush();
        return readReply();
    }

    /** How often the server closed the connection (Tomcat does after 100 requests) and it was opened again. */
    int reconnects() {
        return reconnects;
    }

    private int readReply() throws IOException {
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
            throw new IOException("Not an HTTP/1.1 reply: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = 0;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = colon < 0 ? header : header.substring(0, colon).trim();
            String value = colon < 0 ? "" : header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                throw new IOException("The reply came as " + value + "; this client reads only Content-Length bodies.");
            } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                closing = true;
            }
        }
        in.skipNBytes(length);
        if (closing) {
            close();
        }
        return status;
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("The server closed the connection in the middle of a reply.");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private void connect() throws IOException {
        socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
