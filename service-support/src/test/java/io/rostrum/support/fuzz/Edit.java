package io.rostrum.support.fuzz;

import io.rostrum.support.fuzz.Snippets.Snippet;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * One change to a valid sample, placed by a fraction of the sample's length so that the same edit fits every
 * sample and shrinks towards its start.
 */
sealed interface Edit {

    byte[] apply(byte[] bytes);

    record FlipBit(double at, int bit) implements Edit {

        @Override
        public byte[] apply(byte[] bytes) {
            if (bytes.length == 0) {
                return bytes;
            }
            byte[] flipped = bytes.clone();
            flipped[existing(at, bytes)] ^= (byte) (1 << bit);
            return flipped;
        }
    }

    record InsertByte(double at, byte value) implements Edit {

        @Override
        public byte[] apply(byte[] bytes) {
            return splice(bytes, gap(at, bytes), 0, new byte[] {value});
        }
    }

    record Delete(double at, int length) implements Edit {

        @Override
        public byte[] apply(byte[] bytes) {
            int from = gap(at, bytes);
            return splice(bytes, from, Math.min(length, bytes.length - from), new byte[0]);
        }
    }

    record Duplicate(double at, int length) implements Edit {

        @Override
        public byte[] apply(byte[] bytes) {
            int from = gap(at, bytes);
            int to = Math.min(from + length, bytes.length);
            byte[] copy = Arrays.copyOfRange(bytes, from, to);
            return splice(bytes, to, 0, copy);
        }
    }

    record Insert(double at, Snippet snippet) implements Edit {

        @Override
        public byte[] apply(byte[] bytes) {
            return splice(bytes, gap(at, bytes), 0, snippet.bytes());
        }
    }

    /** Puts a number no primitive holds where a number was: the first run of digits from {@code at} on. */
    record ReplaceNumber(double at, Snippet number) implements Edit {

        @Override
        public byte[] apply(byte[] bytes) {
            int from = gap(at, bytes);
            while (from < bytes.length && !isDigit(bytes[from])) {
                from++;
            }
            int to = from;
            while (to < bytes.length && isDigit(bytes[to])) {
                to++;
            }
            return from == bytes.length ? bytes : splice(bytes, from, to - from, number.bytes());
        }

        private static boolean isDigit(byte b) {
            return b >= '0' && b <= '9';
        }
    }

    /**
     * Puts a snippet where a quoted value was: the first {@code "…"} from {@code at} on, quotes included, so that
     * deep nesting or a huge number lands where the format expects a value.
     */
    record ReplaceQuoted(double at, Snippet value) implements Edit {

        @Override
        public byte[] apply(byte[] bytes) {
            int open = indexOf(bytes, gap(at, bytes), (byte) '"');
            int close = open < 0 ? -1 : indexOf(bytes, open + 1, (byte) '"');
            return close < 0 ? bytes : splice(bytes, open, close + 1 - open, value.bytes());
        }

        private static int indexOf(byte[] bytes, int from, byte wanted) {
            for (int i = from; i < bytes.length; i++) {
                if (bytes[i] == wanted) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** A position between bytes, 0 to length. */
    private static int gap(double at, byte[] bytes) {
        return Math.min((int) (at * bytes.length), bytes.length);
    }

    /** A position of a byte, 0 to length - 1, for a sample that has one. */
    private static int existing(double at, byte[] bytes) {
        return Math.min((int) (at * bytes.length), bytes.length - 1);
    }

    private static byte[] splice(byte[] bytes, int from, int removed, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length - removed + inserted.length);
        out.write(bytes, 0, from);
        out.writeBytes(inserted);
        out.write(bytes, from + removed, bytes.length - from - removed);
        return out.toByteArray();
    }
}
