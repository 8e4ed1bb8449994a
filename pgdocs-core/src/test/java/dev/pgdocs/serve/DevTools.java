package dev.pgdocs.serve;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's headless Chromium driven over the DevTools protocol, with the JDK's own
 * HTTP and WebSocket clients: opens a page and evaluates JavaScript in it. Tests that
 * use it are skipped, saying so, where chromium is not installed.
 */
final class DevTools implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process browser;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private DevTools(Process browser, WebSocket socket) {
        this.browser = browser;
        this.socket = socket;
    }

    /** Starts chromium showing {@code url}. */
    static DevTools open(String url, Path profile) throws Exception {
        Path chromium = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser")).stream()
                .filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(chromium != null,
                "browser test skipped: no chromium on this machine (apt-get install chromium)");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--remote-debugging-port=0", "--user-data-dir=" + profile, url)
                .redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String browserSocket = null;
        for (String line; (line = lines.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                browserSocket = m.group(1);
                break;
            }
        }
        if (browserSocket == null) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not start its DevTools server");
        }
        Thread drain = new Thread(() -> lines.lines().forEach(l -> { }), "chromium-output");
        drain.setDaemon(true);
        drain.start();
        URI list = URI.create(browserSocket.replaceFirst("^ws://([^/]+)/.*", "http://$1/json/list"));
        HttpClient http = HttpClient.newHttpClient();
        String pageSocket = null;
        for (int i = 0; i < 50 && pageSocket == null; i++) {
            JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(list).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode t : targets) {
                if (t.get("type").asString().equals("page")) {
                    pageSocket = t.get("webSocketDebuggerUrl").asString();
                }
            }
            Thread.sleep(100);
        }
        DevTools[] self = new DevTools[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    JsonNode reply = JSON.readTree(message.toString());
                    message.setLength(0);
                    if (reply.has("id") && self[0] != null) {
                        CompletableFuture<JsonNode> f = self[0].pending.remove(reply.get("id").asInt());
                        if (f != null) {
                            f.complete(reply);
                        }
                    }
                }
                ws.request(1);
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
        self[0] = new DevTools(p, socket);
        return self[0];
    }

    /** The value of a JavaScript expression in the page, as a string ("" when it fails). */
    String evaluate(String expression) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", "Runtime.evaluate",
                "params", Map.of("expression", expression, "returnByValue", true))), true);
        JsonNode result = reply.get(10, TimeUnit.SECONDS).path("result").path("result").path("value");
        return result.isMissingNode() || result.isNull() ? "" : result.asString();
    }

    /** Polls an expression until it is true, or gives up after {@code millis}; returns whether it became true. */
    boolean waitFor(String expression, long millis) throws Exception {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if ("true".equals(evaluate("String(" + expression + ")"))) {
                return true;
            }
            Thread.sleep(5);
        }
        return false;
    }

    @Override
    public void close() {
        socket.abort();
        // chromium runs helper processes that write to the profile until they are gone too
        List<ProcessHandle> helpers = browser.descendants().toList();
        helpers.forEach(ProcessHandle::destroyForcibly);
        browser.destroyForcibly();
        try {
            browser.onExit().get(10, TimeUnit.SECONDS);
            for (ProcessHandle helper : helpers) {
                helper.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            // the test's temporary directory may then keep a few files; nothing else depends on it
        }
    }
}
