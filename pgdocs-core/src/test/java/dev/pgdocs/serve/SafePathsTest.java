package dev.pgdocs.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server serves the site's files and nothing else, with the right types. */
class SafePathsTest {

    @TempDir
    Path tmp;

    @Test
    void servesOnlyFilesInsideTheSite() throws Exception {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("images"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html><body><p>home</p></body></html>");
        Files.writeString(site.resolve("pgdocs.css"), "p{}");
        Files.writeString(site.resolve("images/a.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        Files.writeString(site.resolve(".pgdocs-output"), "marker");
        Files.writeString(tmp.resolve("secret.txt"), "not for the web");
        Files.createSymbolicLink(site.resolve("leak.txt"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("out"), tmp);

        try (SiteServer server = new SiteServer(new InetSocketAddress("127.0.0.1", 0), site, Optional.empty())) {
            server.published(new BuildState(1, true, java.util.List.of()));
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<String> home = get(base + "/");
            assertEquals(200, home.statusCode());
            assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(home.body().contains("/_pgdocs/live.js"), "pages get the live-reload script");
            assertEquals("text/css; charset=utf-8", get(base + "/pgdocs.css").headers().firstValue("Content-Type").get());
            assertEquals("image/svg+xml", get(base + "/images/a.svg").headers().firstValue("Content-Type").get());
            assertEquals("text/javascript; charset=utf-8",
                    get(base + "/_pgdocs/live.js").headers().firstValue("Content-Type").get());

            for (String attack : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/images/..%2f..%2fsecret.txt",
                    "/%252e%252e/secret.txt", "/leak.txt", "/out/secret.txt", "/images/", "/.pgdocs-output",
                    "/..\\secret.txt", "/images/%00a.svg"}) {
                HttpResponse<String> r = get(base + attack);
                assertEquals(404, r.statusCode(), attack + " must not be served");
                assertTrue(!r.body().contains("not for the web") && !r.body().contains("a.svg"), attack);
            }
            HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, post.statusCode());
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        // the raw path goes out as written: java.net.URI keeps the %-escapes and dots
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.replace("\\", "%5C"))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
