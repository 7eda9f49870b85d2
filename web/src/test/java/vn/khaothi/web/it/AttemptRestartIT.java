package vn.khaothi.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A server restart in the middle of a sitting loses no acknowledged answer, and the auto-submit
 * still happens after it.
 *
 * <p>How the server is restarted: the deployment is unmanaged, and Arquillian's Payara Micro
 * container runs the application in its own JVM that it starts on deploy and stops on undeploy
 * ({@code Process.destroy()}, i.e. SIGTERM: Payara shuts down, the embedded MariaDB stops). Deploying
 * again starts a new JVM, a new MariaDB process on the same data directory, on a new port. Nothing
 * of the first JVM survives but the database files. (Acked answers are committed before their ack,
 * so even a SIGKILL would not lose them; SIGTERM is what this container offers.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttemptRestartIT {

    private static final String APP = "restart";
    private static final Duration WAIT = Duration.ofSeconds(15);

    private static String token;
    private static long attemptId;
    private static long expiringAttempt;
    private static final Map<String, Long> ACKED = new HashMap<>();
    private static Socket open;

    @Deployment(name = APP, managed = false, testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    @Order(1)
    void startTheServer() {
        deployer.deploy(APP);
    }

    @Test
    @Order(2)
    void studentsAnswerAndOneLeavesA1MinuteSitting(@ArquillianResource @OperateOnDeployment(APP) URL base) throws Exception {
        Api api = new Api(base);
        long paper = Sittings.approvedPaper(api);
        long sitting = Sittings.create(api, paper, "IN_PERSON", List.of("hs021"), 45, null);
        token = api.login("hs021", "demo");
        JsonObject started = Sittings.start(api, sitting, token);
        attemptId = started.getJsonNumber("attemptId").longValue();
        List<String> items = started.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("itemId")).toList();
        open = Socket.hello(base, "ws/attempts/" + attemptId, token);
        open.next("state", WAIT);
        for (int seq = 1; seq <= 20; seq++) {
            String item = items.get(seq % items.size());
            open.answer(seq, item, "{\"text\":\"câu trả lời " + seq + "\"}");
            open.ack(seq, WAIT);
            ACKED.put(item, (long) seq);
        }
        // A second sitting of one minute: started, one answer, no client — its deadline passes while the server is down.
        long shortSitting = Sittings.create(api, paper, "IN_PERSON", List.of("hs022"), 1, null);
        String t22 = api.login("hs022", "demo");
        JsonObject s22 = Sittings.start(api, shortSitting, t22);
        expiringAttempt = s22.getJsonNumber("attemptId").longValue();
        Socket gone = Socket.hello(base, "ws/attempts/" + expiringAttempt, t22);
        gone.next("state", WAIT);
        gone.answer(1, s22.getJsonArray("items").getJsonObject(0).getString("itemId"), "{\"choice\":\"A\"}");
        gone.ack(1, WAIT);
        gone.abort();
    }

    @Test
    @Order(3)
    void restartTheServerMidSitting() throws Exception {
        long stopped = System.nanoTime();
        deployer.undeploy(APP);
        assertTrue(open.closeCode(Duration.ofSeconds(60)) != 0, "the student's socket went down with the server");
        deployer.deploy(APP);
        System.out.println("restart took " + (System.nanoTime() - stopped) / 1_000_000 + " ms");
    }

    @Test
    @Order(4)
    void everyAckedAnswerIsThereAndTheExpiredAttemptIsSubmitted(@ArquillianResource @OperateOnDeployment(APP) URL base)
            throws Exception {
        Api api = new Api(base);
        Socket back = Socket.hello(base, "ws/attempts/" + attemptId, api.login("hs021", "demo"));
        JsonObject state = back.next("state", Duration.ofSeconds(30));
        assertEquals("IN_PROGRESS", state.getString("status"));
        assertEquals(20, state.getInt("lastSeq"), state.toString());
        JsonObject answers = state.getJsonObject("answers");
        for (Map.Entry<String, Long> e : ACKED.entrySet()) {
            assertEquals(e.getValue().longValue(), answers.getJsonObject(e.getKey()).getJsonNumber("seq").longValue(),
                    "item " + e.getKey() + ": " + state);
            assertEquals("câu trả lời " + e.getValue(),
                    answers.getJsonObject(e.getKey()).getJsonObject("response").getString("text"));
        }
        back.answer(21, ACKED.keySet().iterator().next(), "{\"text\":\"sau khi khởi động lại\"}");
        back.ack(21, WAIT);
        back.close();

        String gv = api.login("gv.toan", "demo");
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonObject expired;
        do {
            Thread.sleep(1000);
            expired = api.get("api/v1/attempts/" + expiringAttempt, gv).json();
        } while (!List.of("SUBMITTED", "GRADED").contains(expired.getString("status")) && System.nanoTime() < until);
        assertEquals("TIME_UP", expired.getString("submitReason"), "the sweep runs after a restart: " + expired);
        assertEquals(1, expired.getInt("lastSeq"));
    }

    @Test
    @Order(5)
    void stopTheServer() {
        deployer.undeploy(APP);
    }
}
