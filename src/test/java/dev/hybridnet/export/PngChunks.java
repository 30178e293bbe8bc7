package dev.hybridnet.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/** The chunks of a PNG file, read by the PNG specification's layout, for tests; rejects a bad signature or CRC. */
record PngChunks(List<Chunk> chunks) {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** One chunk: its four-letter type and its data. */
    record Chunk(String type, byte[] data) {
    }

    static PngChunks parse(byte[] png) {
        if (png.length < 8 || !Arrays.equals(Arrays.copyOf(png, 8), SIGNATURE)) {
            throw new AssertionError("no PNG signature");
        }
        ByteBuffer in = ByteBuffer.wrap(png, 8, png.length - 8);
        List<Chunk> chunks = new ArrayList<>();
        while (in.hasRemaining()) {
            if (in.remaining() < 12) {
                throw new AssertionError("a chunk cut short at byte " + in.position());
            }
            int length = in.getInt();
            byte[] type = new byte[4];
            in.get(type);
            if (length < 0 || in.remaining() < length + 4) {
                throw new AssertionError("chunk length " + length + " runs past the end");
            }
            byte[] data = new byte[length];
            in.get(data);
            CRC32 crc = new CRC32();
            crc.update(type);
            crc.update(data);
            int stored = in.getInt();
            String name = new String(type, StandardCharsets.US_ASCII);
            if (stored != (int) crc.getValue()) {
                throw new AssertionError("bad CRC on chunk " + name);
            }
            chunks.add(new Chunk(name, data));
        }
        return new PngChunks(List.copyOf(chunks));
    }

    List<String> types() {
        return chunks.stream().map(Chunk::type).toList();
    }

    Chunk first(String type) {
        return chunks.stream().filter(c -> c.type().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " chunk in " + types()));
    }

    /** The chunk types with consecutive IDATs shown once: e.g. IHDR, sRGB, pHYs, IDAT, IEND. */
    List<String> layout() {
        List<String> layout = new ArrayList<>();
        for (String type : types()) {
            if (!(type.equals("IDAT") && !layout.isEmpty() && layout.get(layout.size() - 1).equals("IDAT"))) {
                layout.add(type);
            }
        }
        return layout;
    }
}
