package policygraph.neo4j;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
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
 *     --home DIR [--port N] [--password PW] [--conf FILE] [--control-port N]</pre>
 *
 * Port 0 (the default) takes any free port. Prints {@code ready bolt://127.0.0.1:PORT} once Bolt
 * accepts connections. Standard input controls it: end of input (the parent closed it or died) shuts
 * the database down and exits; the line {@code stop} shuts the database down and prints
 * {@code stopped}; {@code start} starts it again on the same port and prints the ready line, so fault
 * tests can take the server away under a client and bring it back. With {@code --control-port}, the
 * same two commands are also taken, one per connection, on that 127.0.0.1 port, whose reply is the
 * line printed.
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
    int controlPort = -1;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--home" -> home = Path.of(args[i + 1]);
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--password" -> password = args[i + 1];
        case "--conf" -> conf = Path.of(args[i + 1]);
        case "--control-port" -> controlPort = Integer.parseInt(args[i + 1]);
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
    if (controlPort >= 0) server.listenForCommands(controlPort);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      if (!line.isBlank()) out.println(server.command(line.trim()));
    }
    server.stop();
    System.exit(0);
  }

  private synchronized String command(String command) {
    switch (command) {
      case "stop" -> {
        stop();
        return "stopped";
      }
      case "start" -> {
        return start(null);
      }
      default -> {
        return "unknown command: " + command;
      }
    }
  }

  private void listenForCommands(int controlPort) throws IOException {
    ServerSocket socket = new ServerSocket(controlPort, 4, InetAddress.getLoopbackAddress());
    Thread thread =
        new Thread(
            () -> {
              while (true) {
                try (Socket client = socket.accept();
                    BufferedReader in =
                        new BufferedReader(
                            new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter reply =
                        new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8)) {
                  String line = in.readLine();
                  if (line != null) reply.println(command(line.trim()));
                } catch (IOException | RuntimeException e) {
                  // one failed command connection; keep serving the next
                }
              }
            },
            "control");
    thread.setDaemon(true);
    thread.start();
  }

  private synchronized String start(PrintStream out) {
    String ready = "ready bolt://127.0.0.1:" + port;
    if (service != null) {
      if (out != null) out.println(ready);
      return ready;
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
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        // A stop ends running transactions at once, as a crash would, instead of waiting for them.
        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ZERO);
    service = builder.build();
    GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
          java.util.Map.of("password", password));
    } catch (RuntimeException e) {
      // A restart on the same home: the password is set already (and may not be set to itself).
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
    }
    GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    port =
        ((GraphDatabaseAPI) db)
            .getDependencyResolver()
            .resolveDependency(ConnectorPortRegister.class)
            .getLocalAddress(ConnectorType.BOLT)
            .getPort();
    ready = "ready bolt://127.0.0.1:" + port;
    if (out != null) out.println(ready);
    return ready;
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
