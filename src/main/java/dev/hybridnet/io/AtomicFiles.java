package dev.hybridnet.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Replaces a file's content so that a crash, a full disk or a failed write never leaves it half-written: the bytes
 * go to a temporary file in the same folder, are forced to disk, and the temporary file is then moved over the
 * target in one step. On any failure the temporary file is removed and the old file is left as it was.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} with {@code content}. A symbolic link is kept: the file it points to is replaced.
     * A device, pipe or folder is refused, never renamed over. The replaced file's permissions are kept, and its
     * owner and group where the process may set them.
     */
    public static void write(Path target, byte[] content) throws IOException {
        Path absolute = resolve(target);
        Path folder = absolute.getParent();
        removeStaleTemporaries(folder, absolute.getFileName().toString());
        Path temp = createTemporary(folder, temporaryPrefix(absolute.getFileName().toString()));
        boolean moved = false;
        try {
            keepPermissions(absolute, temp);
            keepOwner(absolute, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            move(temp, absolute);
            moved = true;
            syncFolder(folder);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** The file to replace: the target, or the file its symbolic links lead to; refused if not a regular file. */
    private static Path resolve(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isSymbolicLink(absolute)) {
            if (!Files.exists(absolute)) {
                throw new FileSystemException(target.toString(), null, "is a link to a file that does not exist");
            }
            absolute = absolute.toRealPath();
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            throw new FileSystemException(target.toString(), null, Files.isDirectory(absolute)
                    ? "is a folder" : "not a regular file (a device, pipe or socket); write to a file instead");
        }
        if (absolute.getParent() == null) {
            throw new FileSystemException(target.toString(), null, "is not a file in a folder");
        }
        return absolute;
    }

    private static final AtomicLong NEXT_TEMPORARY = new AtomicLong(System.nanoTime() & Long.MAX_VALUE);

    /**
     * Creates ".NAME.PID-N.tmp", new and private (rw------- where the file system has POSIX permissions). Not
     * {@code Files.createTempFile}: its random names come from {@code SecureRandom}, whose start-up (loading the
     * security providers) took longer than writing a whole picture. The process id makes the name this process's
     * own; the counter, started from the clock, tells this process's saves apart.
     */
    private static Path createTemporary(Path folder, String prefix) throws IOException {
        // Asked of the file system, not of the folder's file store: finding the store reads the mount table, which
        // fails where the folder's mount is not listed there ("Mount point not found" in a chroot).
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve(prefix + NEXT_TEMPORARY.getAndIncrement() + ".tmp");
            try {
                return posix
                        ? Files.createFile(temp, PosixFilePermissions.asFileAttribute(
                                PosixFilePermissions.fromString("rw-------")))
                        : Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /** ".NAME.PID-" : the temporary file names this process's own, so that stale ones can be told apart. */
    private static String temporaryPrefix(String name) {
        return "." + name + "." + ProcessHandle.current().pid() + "-";
    }

    /** How old a temporary file of a process that no longer runs (or of unknown process) must be to go. */
    private static final long STALE_MILLIS = 60_000;
    private static final long UNKNOWN_STALE_MILLIS = 3_600_000;

    /**
     * Deletes temporary files a killed save of the same file left behind: ".NAME.PID-NNN.tmp" whose process no
     * longer runs, and ".NAME.NNN.tmp" (written before the process id was part of the name) older than an hour.
     * Files of a save still running, and every file that is not ours, are left alone.
     */
    static void removeStaleTemporaries(Path folder, String name) {
        String prefix = "." + name + ".";
        long now = System.currentTimeMillis();
        try (var entries = Files.newDirectoryStream(folder, entry -> {
            String n = entry.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp");
        })) {
            for (Path entry : entries) {
                String middle = entry.getFileName().toString();
                middle = middle.substring(prefix.length(), middle.length() - ".tmp".length());
                long age = now - Files.getLastModifiedTime(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS).toMillis();
                boolean stale;
                if (middle.matches("\\d+-\\d+")) {
                    long pid = Long.parseLong(middle.substring(0, middle.indexOf('-')));
                    stale = age > STALE_MILLIS && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
                } else {
                    stale = middle.matches("\\d+") && age > UNKNOWN_STALE_MILLIS;
                }
                if (stale && Files.isRegularFile(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up is a courtesy: a folder that cannot be listed must not stop the save.
        }
    }

    /** Gives the temporary file the replaced file's owner and group, where this process may (root may). */
    private static void keepOwner(Path target, Path temp) {
        try {
            if (!Files.exists(target)) {
                return;
            }
            PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
            if (view == null) {
                return;
            }
            var old = Files.readAttributes(target, java.nio.file.attribute.PosixFileAttributes.class);
            var now = view.readAttributes();
            if (!old.group().equals(now.group())) {
                view.setGroup(old.group());
            }
            if (!old.owner().equals(now.owner())) {
                view.setOwner(old.owner());
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Not permitted for an ordinary user: the new file belongs to whoever saved it, as with any editor.
        }
    }

    /**
     * A temporary file is created private (rw-------); give it the permissions of the file it replaces, or the
     * usual rw-r--r-- for a new file, so that saving never changes who may read the diagram.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        // Asked of the file, not of its file store: finding the store reads the mount table, which fails where the
        // file's mount is not listed there ("Mount point not found" in a chroot), and every save would fail.
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        view.setPermissions(permissions);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder; elsewhere this is a no-op. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; the move is already done, so durability is best effort.
        }
    }
}
