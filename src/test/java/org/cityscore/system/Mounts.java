package org.cityscore.system;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Small filesystems for tests that need a full or read-only disk: tmpfs mounts, which need root on Linux. */
final class Mounts {

    private Mounts() {}

    /** Mounts a tmpfs with these options (such as {@code size=24m} or {@code ro,size=1m}); false when it cannot. */
    static boolean tmpfs(Path at, String options) throws IOException, InterruptedException {
        return run("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString()) == 0;
    }

    /** Unmounts, lazily when something still holds it open. */
    static void unmount(Path at) throws IOException, InterruptedException {
        if (run("umount", at.toString()) != 0) {
            run("umount", "-l", at.toString());
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().transferTo(OutputStream.nullOutputStream());
        return process.waitFor();
    }
}
