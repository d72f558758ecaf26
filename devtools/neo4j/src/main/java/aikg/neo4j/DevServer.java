package aikg.neo4j;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;
import picocli.CommandLine;

/**
 * A Neo4j Community DBMS for aikg development and tests, run in this JVM from Maven Central
 * jars (the same jars the server tarball ships).
 *
 * <p>Arguments (all {@code --name value}): {@code --home} instance folder (required; holds
 * conf/, logs/, run/neo4j.pid), {@code --data} data folder (default HOME/data), {@code
 * --bolt-port} (default 7687), {@code --http-port} (default 7474; 0 turns HTTP and the Browser
 * off), {@code --address} listen address (default 127.0.0.1), {@code --pagecache} (default
 * 256m). The password of user {@code neo4j} comes from the environment variable
 * AIKG_NEO4J_PASSWORD and is set when the data folder is first created.
 *
 * <p>The server writes HOME/run/neo4j.pid, and on SIGTERM or SIGINT shuts down cleanly and
 * removes it (Neo4j's own bootstrapper installs those handlers).
 */
public final class DevServer {
    private DevServer() {}

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = parse(argv);
        Path home = Path.of(require(args, "home")).toAbsolutePath().normalize();
        Path data = Path.of(args.getOrDefault("data", home.resolve("data").toString()))
                .toAbsolutePath()
                .normalize();
        int boltPort = Integer.parseInt(args.getOrDefault("bolt-port", "7687"));
        int httpPort = Integer.parseInt(args.getOrDefault("http-port", "7474"));
        String address = args.getOrDefault("address", "127.0.0.1");
        String pagecache = args.getOrDefault("pagecache", "256m");
        String password = System.getenv("AIKG_NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            fail("AIKG_NEO4J_PASSWORD must be set to a password of at least 8 characters");
        }

        Files.createDirectories(data);
        Path conf = writeConfig(home, data, address, boltPort, httpPort, pagecache);

        if (!Files.exists(data.resolve("databases").resolve("system"))) {
            setInitialPassword(home, password);
        }

        NeoBootstrapper server = new CommunityBootstrapper();
        int code = server.start(home, conf, Map.of(), false, false);
        if (code != NeoBootstrapper.OK) {
            fail("Neo4j failed to start (code " + code + "); see " + home.resolve("logs"));
        }
        String http = httpPort > 0 ? " http://" + address + ":" + httpPort + "/browser/" : "";
        System.out.println("aikg-neo4j ready: bolt://" + address + ":" + boltPort + http);
        System.out.flush();
        // The bootstrapper's signal handlers call System.exit, whose shutdown hook stops the DBMS.
        new CountDownLatch(1).await();
    }

    /** Writes HOME/conf/neo4j.conf, read by both the server and set-initial-password. */
    private static Path writeConfig(
            Path home, Path data, String address, int boltPort, int httpPort, String pagecache)
            throws IOException {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("server.directories.data", data.toString());
        c.put("server.directories.logs", home.resolve("logs").toString());
        c.put("server.directories.run", home.resolve("run").toString());
        c.put("server.directories.import", home.resolve("import").toString());
        c.put("server.directories.plugins", home.resolve("plugins").toString());
        c.put("server.default_listen_address", address);
        c.put("server.default_advertised_address", address);
        c.put("server.bolt.enabled", "true");
        c.put("server.bolt.listen_address", address + ":" + boltPort);
        c.put("server.bolt.advertised_address", address + ":" + boltPort);
        c.put("server.bolt.tls_level", "DISABLED");
        c.put("server.http.enabled", Boolean.toString(httpPort > 0));
        c.put("server.http.listen_address", address + ":" + Math.max(httpPort, 0));
        c.put("server.http.advertised_address", address + ":" + Math.max(httpPort, 0));
        c.put("server.https.enabled", "false");
        c.put("dbms.security.auth_enabled", "true");
        c.put("server.memory.pagecache.size", pagecache);
        c.put("dbms.usage_report.enabled", "false");
        c.put("db.tx_log.rotation.retention_policy", "2 files");
        // Netty's graceful shutdown otherwise idles 2 x 5 s before the process can exit.
        c.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");

        Path confDir = home.resolve("conf");
        Files.createDirectories(confDir);
        StringBuilder text = new StringBuilder("# Written by aikg DevServer at each start.\n");
        c.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Path conf = confDir.resolve("neo4j.conf");
        Files.writeString(conf, text.toString(), StandardCharsets.UTF_8);
        return conf;
    }

    /** Runs Neo4j's own `neo4j-admin dbms set-initial-password` against HOME/conf. */
    private static void setInitialPassword(Path home, String password) {
        ExecutionContext ctx = new ExecutionContext(home, home.resolve("conf"));
        int code = new CommandLine(new SetInitialPasswordCommand(ctx))
                .execute(password, "--require-password-change=false");
        if (code != 0) {
            fail("set-initial-password failed with code " + code);
        }
    }

    private static Map<String, String> parse(String[] argv) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < argv.length; i += 2) {
            if (!argv[i].startsWith("--") || i + 1 >= argv.length) {
                fail("usage: DevServer --home DIR [--data DIR] [--bolt-port N] [--http-port N]"
                        + " [--address A] [--pagecache SIZE]");
            }
            out.put(argv[i].substring(2), argv[i + 1]);
        }
        return out;
    }

    private static String require(Map<String, String> args, String name) {
        String value = args.get(name);
        if (value == null) {
            fail("--" + name + " is required");
        }
        return value;
    }

    private static void fail(String message) {
        PrintStream err = System.err;
        err.println("aikg-neo4j: " + message);
        err.flush();
        System.exit(2);
    }
}
