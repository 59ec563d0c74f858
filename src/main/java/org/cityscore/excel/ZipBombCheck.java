package org.cityscore.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Measures what an .xlsx expands to before POI opens it: POI reads every part of a package into memory, so a
 * small file whose parts inflate to hundreds of megabytes would fill the heap. The zip directory's declared sizes
 * are checked first (cheap); since they can lie, every part is then inflated into nothing while counting, in the
 * same sequential order POI reads it, and refused as soon as a bound is passed. Assessment archives
 * ({@code archive}) are checked the same way.
 */
public final class ZipBombCheck {

    /** A filled workbook has a dozen parts; the official UNDRR .xlsm some hundred. */
    static final int MAX_ENTRIES = 1_000;
    /** One part, uncompressed; a sheet of 10,000 full rows stays well under it. */
    static final long MAX_ENTRY_SIZE = 100L * 1024 * 1024;
    /** All parts together, uncompressed. */
    static final long MAX_TOTAL_SIZE = 200L * 1024 * 1024;
    /** Uncompressed / compressed for a part over {@link #GRACE_SIZE}: XML compresses 5-20 times, zeros or spaces 1000 times. */
    static final long MAX_RATIO = 100;

    static final long GRACE_SIZE = 1024 * 1024;

    static {
        // POI's own guard while it inflates, set to the same bounds in case a part slips past the counting below
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
    }

    /** Thrown when the package expands beyond a bound; the message says which, for the log. */
    public static final class Bomb extends Exception {
        Bomb(String message) {
            super(message, null, false, false);
        }
    }

    private ZipBombCheck() {}

    /** Throws {@link Bomb} when the package is too big once expanded; a file that is not a readable zip is left to POI. */
    public static void check(byte[] zip) throws Bomb {
        checkDirectory(zip);
        checkInflation(zip);
    }

    private static void checkDirectory(byte[] zip) throws Bomb {
        try (ZipFile file = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip))
                .get()) {
            int entries = 0;
            long total = 0;
            for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
                if (++entries > MAX_ENTRIES) {
                    throw new Bomb("more than " + MAX_ENTRIES + " parts");
                }
                long size = entry.getSize();
                if (size > MAX_ENTRY_SIZE) {
                    throw new Bomb(entry.getName() + " declares " + size + " bytes");
                }
                total += Math.max(size, 0);
                if (total > MAX_TOTAL_SIZE) {
                    throw new Bomb("the parts declare more than " + MAX_TOTAL_SIZE + " bytes");
                }
                checkRatio(entry.getName(), size, entry.getCompressedSize());
            }
        } catch (IOException | RuntimeException unreadableDirectory) {
            // no usable directory: the sequential reading below still bounds what POI would inflate
        }
    }

    private static void checkInflation(byte[] zip) throws Bomb {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip))) {
            for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new Bomb("more than " + MAX_ENTRIES + " parts");
                }
                long size = 0;
                for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                    size += read;
                    total += read;
                    if (size > MAX_ENTRY_SIZE || total > MAX_TOTAL_SIZE) {
                        throw new Bomb(entry.getName() + " expands beyond "
                                + (size > MAX_ENTRY_SIZE ? MAX_ENTRY_SIZE : MAX_TOTAL_SIZE) + " bytes");
                    }
                    checkRatio(entry.getName(), size, in.getCompressedCount());
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // a damaged zip: POI's reader that follows says so
        }
    }

    private static void checkRatio(String name, long size, long compressed) throws Bomb {
        if (size > GRACE_SIZE && (compressed <= 0 || size / compressed > MAX_RATIO)) {
            throw new Bomb(name + " inflates " + size + " bytes from " + compressed);
        }
    }
}
