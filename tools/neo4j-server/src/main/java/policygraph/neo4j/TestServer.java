package policygraph.neo4j;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j 5 Community database with the Bolt connector on 127.0.0.1, for the tests and the benchmark.
 *
 * <pre>java -cp 'target/neo4j-server.jar:target/lib/*' policygraph.neo4j.TestServer \
 *     --home DIR [--port N] [--password PW] [--conf FILE]</pre>
 *
 * Port 0 (the default) takes any free port. Prints {@code ready bolt://127.0.0.1:PORT} once Bolt
 * accepts connections. Standard input controls it: end of input (the parent closed it or died) shuts
 * the database down and exits; the line {@code stop} shuts the database down and prints
 * {@code stopped}; {@code start} starts it again on the same port and prints the ready line, so fault
 * tests can take the server away under a client and bring it back.
 */
public final class TestServer {
  private final Path home;
  private final String password;
  private final Path conf;
  private int port;
  private DatabaseManagementService service;

  private TestServer(Path home, int port, String password, Path conf) {
    this.home = home;
    this.port = port;
    this.password = password;
    this.conf = conf;
  }

  public static void main(String[] args) throws IOException {
    Path home = null;
    int port = 0;
    String password = "policy-graph-test";
    Path conf = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--home" -> home = Path.of(args[i + 1]);
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--password" -> password = args[i + 1];
        case "--conf" -> conf = Path.of(args[i + 1]);
        default -> fail("unknown option " + args[i]);
      }
    }
    if (home == null) fail("--home DIR is required");
    Files.createDirectories(home);
    // Neo4j's own logging goes to files under home; stdout carries only this protocol.
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.setOut(new PrintStream(Files.newOutputStream(home.resolve("stdout.log")), true));
    TestServer server = new TestServer(home, port, password, conf);
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    server.start(out);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      switch (line.trim()) {
        case "stop" -> {
          server.stop();
          out.println("stopped");
        }
        case "start" -> server.start(out);
        case "" -> {}
        default -> out.println("unknown command: " + line.trim());
      }
    }
    server.stop();
    System.exit(0);
  }

  private synchronized void start(PrintStream out) {
    if (service != null) {
      out.println("ready bolt://127.0.0.1:" + port);
      return;
    }
    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
    if (conf != null) builder.loadPropertiesFromFile(conf);
    builder
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // Shortest-path queries the planner cannot answer without an exhaustive search fail instead.
        .setConfig(GraphDatabaseSettings.forbid_exhaustive_shortestpath, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(2))
        .setConfig(GraphDatabaseSettings.udc_enabled, false);
    service = builder.build();
    GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    system.executeTransactionally(
        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
        java.util.Map.of("password", password));
    GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    port =
        ((GraphDatabaseAPI) db)
            .getDependencyResolver()
            .resolveDependency(ConnectorPortRegister.class)
            .getLocalAddress(ConnectorType.BOLT)
            .getPort();
    out.println("ready bolt://127.0.0.1:" + port);
  }

  private synchronized void stop() {
    if (service == null) return;
    service.shutdown();
    service = null;
  }

  private static void fail(String message) {
    System.err.println("neo4j-server: " + message);
    System.exit(2);
  }
}
