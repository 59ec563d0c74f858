package org.cityscore.workshop;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The addresses participants type or scan to join. When the trainer opens the page as "localhost", phones in
 * the room cannot use that name, so the computer's own network addresses are offered instead.
 */
final class JoinAddress {

    private JoinAddress() {}

    static List<String> joinUrls(HttpServletRequest request, String code) {
        String host = request.getServerName();
        List<String> urls = new ArrayList<>();
        if (!isLoopback(host)) {
            urls.add(joinUrl(request, host, code));
            return urls;
        }
        for (String address : lanAddresses()) {
            urls.add(joinUrl(request, address, code));
        }
        if (urls.isEmpty()) {
            urls.add(joinUrl(request, host, code));
        }
        return urls;
    }

    /** The join address through the given host name or address, with the request's scheme, port and path. */
    static String joinUrl(HttpServletRequest request, String host, String code) {
        return request.getScheme() + "://" + host + portSuffix(request.getScheme(), request.getServerPort())
                + request.getContextPath() + "/join?code=" + code;
    }

    /**
     * The address asked for if it is one of this machine's own ({@link #ipv4Addresses()}); null for anything else,
     * so that a link cannot make the projector send the room to another machine.
     */
    static String ownAddress(String asked) {
        return asked != null && ipv4Addresses().contains(asked) ? asked : null;
    }

    private static String portSuffix(String scheme, int port) {
        return ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443) ? "" : ":" + port;
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    /** Every IPv4 address of this machine that is not loopback: what the projector screen offers instead of localhost. */
    static List<String> ipv4Addresses() {
        List<String> addresses = new ArrayList<>();
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!network.isUp() || network.isLoopback()) {
                    continue;
                }
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                        addresses.add(address.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            return addresses;
        }
        return addresses;
    }

    private static List<String> lanAddresses() {
        List<String> addresses = new ArrayList<>();
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!network.isUp() || network.isLoopback() || network.isVirtual()) {
                    continue;
                }
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address && address.isSiteLocalAddress()) {
                        addresses.add(address.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            return addresses;
        }
        return addresses;
    }
}
