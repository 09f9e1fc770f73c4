package io.cursorkit.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The writer side of a concurrent read: whole lines, bounded memory, LOG lines that never wait long. */
class StdoutChannelTest {
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /** An output stream that hands each complete line to a queue, as a reading process would see it. */
    static final class Lines extends OutputStream {
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                lines.add(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }
    }

    @Test
    void writesOnlyTheSentBytesOfAnArrayAndGivesEachWrittenArrayBackOnce() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StdoutChannel channel = new StdoutChannel(out, SecretMasker.NONE, 2);
        byte[] line = "{\"n\":1}\n".getBytes(StandardCharsets.UTF_8);
        byte[] full = new byte[MessageBuffer.SIZE];
        java.util.Arrays.fill(full, (byte) 'x'); // what a previous sender left there
        System.arraycopy(line, 0, full, 0, line.length);
        byte[] odd = "{\"n\":2}\n".getBytes(StandardCharsets.UTF_8);
        channel.send(full, line.length);
        channel.send(odd, odd.length);
        channel.close(); // the writer has written both

        assertEquals("{\"n\":1}\n{\"n\":2}\n", out.toString(StandardCharsets.UTF_8));
        // The written array of the buffer size comes back to be filled again, once; a small one
        // does not.
        assertSame(full, channel.spare(MessageBuffer.SIZE));
        byte[] next = channel.spare(MessageBuffer.SIZE);
        assertNotSame(full, next);
        assertNotSame(odd, next);
        assertEquals(MessageBuffer.SIZE, next.length);
    }

    @Test
    void recordsAndLogsOfManyThreadsArriveAsWholeLinesEachThreadInItsOrder() throws Exception {
        Lines out = new Lines();
        StdoutChannel channel = new StdoutChannel(out, SecretMasker.NONE, 3);
        StreamDescriptor stream =
                StreamDescriptor.of(TestStream.sorted("prices", 0).info());
        int perThread = 5_000;
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            String ticker = "T" + t;
            writers.add(threads.submit(() -> {
                ProtocolWriter writer = new ProtocolWriter(channel, SecretMasker.NONE);
                for (int i = 0; i < perThread; i++) {
                    writer.record(stream, TestStream.Writer.INSTANCE, new Row(ticker, null, i));
                    if (i % 1000 == 0) {
                        writer.log(ProtocolWriter.Level.INFO, ticker + " at " + i);
                        channel.log(ProtocolWriter.Level.INFO, "from elsewhere " + i, null);
                    }
                }
                writer.publish();
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get(60, TimeUnit.SECONDS);
        }
        channel.close();
        Map<String, Integer> next = new HashMap<>();
        int records = 0;
        int logs = 0;
        for (String line : out.lines) {
            JsonNode message = ProtocolCapture.JSON.readTree(line); // throws on a broken line
            if (message.path("type").asText().equals("RECORD")) {
                JsonNode data = message.path("record").path("data");
                String ticker = data.path("ticker").asText();
                int expected = next.getOrDefault(ticker, 0);
                assertEquals(expected, data.path("price").asInt(), ticker + " out of order");
                next.put(ticker, expected + 1);
                records++;
            } else {
                assertEquals("LOG", message.path("type").asText(), line);
                logs++;
            }
        }
        assertEquals(4 * perThread, records);
        assertEquals(4 * 5 * 2, logs);
    }

    @Test
    void aSlowStdoutBlocksTheSendersInsteadOfGrowingAQueue() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        OutputStream slow = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                writing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                written.write(b, off, len);
            }
        };
        int capacity = 4;
        StdoutChannel channel = new StdoutChannel(slow, SecretMasker.NONE, capacity);
        AtomicInteger sent = new AtomicInteger();
        int total = capacity + 20;
        Future<?> sender = threads.submit(() -> {
            for (int i = 0; i < total; i++) {
                channel.send(("{\"n\":" + i + "}\n").getBytes(StandardCharsets.UTF_8));
                sent.incrementAndGet();
            }
            return null;
        });
        assertTrue(writing.await(10, TimeUnit.SECONDS));
        // The writer holds one buffer, the queue `capacity`; the sender cannot get further.
        assertThrows(TimeoutException.class, () -> sender.get(500, TimeUnit.MILLISECONDS));
        assertTrue(sent.get() <= capacity + 1, "sent " + sent.get() + " buffers past a blocked stdout");
        release.countDown();
        sender.get(10, TimeUnit.SECONDS);
        channel.close();
        String[] lines = written.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(total, lines.length);
        for (int i = 0; i < total; i++) {
            assertEquals("{\"n\":" + i + "}", lines[i]);
        }
    }

    @Test
    void aLogLineGoesOutWithinASecondWhileEveryReaderIsBlocked() throws Exception {
        Lines out = new Lines();
        StdoutChannel channel = new StdoutChannel(
                out, SecretMasker.of(ProtocolCapture.JSON.readTree("{\"k\":\"hush\"}"), List.of("k")), 4);
        CountDownLatch readersBlocked = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        List<Future<?>> readers = new ArrayList<>();
        StreamDescriptor stream =
                StreamDescriptor.of(TestStream.sorted("prices", 0).info());
        for (int t = 0; t < 2; t++) {
            readers.add(threads.submit(() -> {
                ProtocolWriter writer = new ProtocolWriter(channel, SecretMasker.NONE);
                // a record waits in the reader's buffer while the reader is blocked in "the connector"
                writer.record(stream, TestStream.Writer.INSTANCE, Row.of("A", "2024-01-01"));
                readersBlocked.countDown();
                release.await();
                writer.publish();
                return null;
            }));
        }
        assertTrue(readersBlocked.await(10, TimeUnit.SECONDS));
        long start = System.nanoTime();
        channel.log(ProtocolWriter.Level.WARN, "slow source, token hush", null);
        String line = out.lines.poll(1, TimeUnit.SECONDS);
        assertNotNull(line, "no LOG line within a second");
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1));
        assertEquals(
                "{\"type\":\"LOG\",\"log\":{\"level\":\"WARN\",\"message\":\"slow source, token **********\"}}", line);
        release.countDown();
        for (Future<?> reader : readers) {
            reader.get(10, TimeUnit.SECONDS);
        }
        channel.close();
        assertEquals(2, out.lines.size());
    }

    @Test
    void aBrokenStdoutFailsTheSendersInsteadOfBlockingThemForever() throws Exception {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        StdoutChannel channel = new StdoutChannel(broken, SecretMasker.NONE, 2);
        Future<?> sender = threads.submit(() -> {
            for (int i = 0; i < 100; i++) {
                channel.send("{}\n".getBytes(StandardCharsets.UTF_8));
            }
            return null;
        });
        java.util.concurrent.ExecutionException failed =
                assertThrows(java.util.concurrent.ExecutionException.class, () -> sender.get(10, TimeUnit.SECONDS));
        assertTrue(failed.getCause() instanceof StdoutChannel.Failed, failed.toString());
        assertThrows(StdoutChannel.Failed.class, channel::close);
    }
}
