package vn.khaothi.proctor.live;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import vn.khaothi.engine.application.platform.Settings;

/**
 * The live fan-out between the nodes of a cluster (issue 19): Payara Micro's own Hazelcast member
 * (JNDI {@code payara/Hazelcast}, joined when {@code KHAOTHI_CLUSTER=true}), not a home-made bus.
 *
 * <ul>
 *   <li>one topic, {@code khaothi-live}: JSON envelopes {@code {"k","from",…}} — a message for the
 *       node holding an attempt's socket ({@code attempt}), for the monitors of a sitting
 *       ({@code monitors}), a clock refresh after a proctor's command ({@code refresh}), a socket
 *       replaced on another node ({@code replaced}), a closing attempt ({@code close}). A topic keeps
 *       the order of one publisher's messages, which is all the fan-out needs (a {@code paused}
 *       after its {@code refresh});</li>
 *   <li>two replicated maps (reads are local): which member holds which attempt's socket, and which
 *       member holds a proctor's monitor of which sitting — so that "connected" in the roster, "a
 *       proctor is connected" and "is anyone watching" are true of the cluster, and a node
 *       publishes only when another one is concerned. Entries of a member that left (a killed
 *       node) are ignored and dropped: its students reconnect elsewhere and are claimed anew.</li>
 * </ul>
 *
 * <p>Without {@code KHAOTHI_CLUSTER=true} (the default: one node) this is {@link #local()}: no
 * lookup, nothing published, the hub stays purely local. Hazelcast is reached by reflection
 * through its public interfaces, because the application does not compile against Payara's
 * runtime; only the JDK's {@code Map} view of the replicated maps is used directly.
 */
final class LiveCluster {

    private static final Logger LOG = Logger.getLogger(LiveCluster.class.getName());
    static final String TOPIC = "khaothi-live";

    private final Object cluster;
    private final Object topic;
    private final Method publish;
    private final Method members;
    private final Method uuid;
    private final String me;
    private final Map<Object, Object> holders;
    private final Map<Object, Object> watchers;
    /** Inbound messages are handled in order, off Hazelcast's event thread (a refresh reads the database). */
    private final ExecutorService inbound;

    private LiveCluster() {
        cluster = topic = null;
        publish = members = uuid = null;
        me = "local";
        holders = watchers = null;
        inbound = null;
    }

    @SuppressWarnings("unchecked")
    private LiveCluster(Object hazelcast, Consumer<JsonObject> receiver) throws ReflectiveOperationException {
        ClassLoader loader = hazelcast.getClass().getClassLoader();
        Class<?> instanceType = Class.forName("com.hazelcast.core.HazelcastInstance", false, loader);
        Class<?> clusterType = Class.forName("com.hazelcast.cluster.Cluster", false, loader);
        Class<?> memberType = Class.forName("com.hazelcast.cluster.Member", false, loader);
        Class<?> topicType = Class.forName("com.hazelcast.topic.ITopic", false, loader);
        Class<?> listenerType = Class.forName("com.hazelcast.topic.MessageListener", false, loader);
        Method messageObject = Class.forName("com.hazelcast.topic.Message", false, loader).getMethod("getMessageObject");
        cluster = instanceType.getMethod("getCluster").invoke(hazelcast);
        members = clusterType.getMethod("getMembers");
        uuid = memberType.getMethod("getUuid");
        me = String.valueOf(uuid.invoke(clusterType.getMethod("getLocalMember").invoke(cluster)));
        Method replicatedMap = instanceType.getMethod("getReplicatedMap", String.class);
        holders = (Map<Object, Object>) replicatedMap.invoke(hazelcast, "khaothi-live-attempts");
        watchers = (Map<Object, Object>) replicatedMap.invoke(hazelcast, "khaothi-live-monitors");
        topic = instanceType.getMethod("getTopic", String.class).invoke(hazelcast, TOPIC);
        publish = topicType.getMethod("publish", Object.class);
        inbound = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "khaothi-live-cluster");
            t.setDaemon(true);
            return t;
        });
        Object listener = Proxy.newProxyInstance(loader, new Class<?>[] {listenerType}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "onMessage" -> {
                    Object text = messageObject.invoke(args[0]);
                    if (text instanceof String s) {
                        inbound.execute(LiveHub.guarded(() -> receive(s, receiver)));
                    }
                    return null;
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                default -> {
                    return "khaothi-live listener";
                }
            }
        });
        topicType.getMethod("addMessageListener", listenerType).invoke(topic, listener);
    }

    /** One node: nothing leaves it. */
    static LiveCluster local() {
        return new LiveCluster();
    }

    /** The cluster's fan-out when {@code KHAOTHI_CLUSTER=true} and Payara's Hazelcast answers; otherwise {@link #local()}. */
    static LiveCluster join(Consumer<JsonObject> receiver) {
        if (!Boolean.parseBoolean(Settings.get("KHAOTHI_CLUSTER", "false"))) {
            return local();
        }
        try {
            LiveCluster joined = new LiveCluster(new InitialContext().lookup("payara/Hazelcast"), receiver);
            LOG.info("Live fan-out over Hazelcast topic " + TOPIC + " (member " + joined.me + ")");
            return joined;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "KHAOTHI_CLUSTER=true but Payara's Hazelcast is not reachable; live pushes stay on this node: " + e);
            return local();
        }
    }

    boolean enabled() {
        return topic != null;
    }

    /** Sends {@code envelope} (with {@code "k"}) to every other node. */
    void publish(JsonObject envelope) {
        if (!enabled()) {
            return;
        }
        try {
            publish.invoke(topic, JSON.createObjectBuilder(envelope).add("from", me).build().toString());
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "live message not published: " + e);
        }
    }

    private void receive(String text, Consumer<JsonObject> receiver) {
        JsonObject envelope = JSON.createReader(new StringReader(text)).readObject();
        if (!me.equals(envelope.getString("from", ""))) {
            receiver.accept(envelope);
        }
    }

    // ---- who holds what -----------------------------------------------------------------------

    void holding(long attemptId) {
        if (enabled()) {
            holders.put(attemptId, me);
        }
    }

    void released(long attemptId) {
        if (enabled()) {
            holders.remove(attemptId, me);
        }
    }

    /** Another live member holds the attempt's socket. */
    boolean heldElsewhere(long attemptId) {
        if (!enabled()) {
            return false;
        }
        Object holder = holders.get(attemptId);
        if (holder == null || me.equals(holder)) {
            return false;
        }
        if (alive().contains(holder.toString())) {
            return true;
        }
        holders.remove(attemptId, holder);
        return false;
    }

    void watching(MonitorConnection m) {
        if (enabled()) {
            watchers.put(key(m), me);
        }
    }

    void unwatching(MonitorConnection m) {
        if (enabled()) {
            watchers.remove(key(m));
        }
    }

    /** A proctor's monitor of the sitting is open on another live member. */
    boolean watchedElsewhere(long sittingId) {
        if (!enabled()) {
            return false;
        }
        String prefix = sittingId + "/";
        Set<String> alive = null;
        for (Map.Entry<Object, Object> e : Set.copyOf(watchers.entrySet())) {
            if (!e.getKey().toString().startsWith(prefix) || me.equals(e.getValue())) {
                continue;
            }
            alive = alive == null ? alive() : alive;
            if (alive.contains(e.getValue().toString())) {
                return true;
            }
            watchers.remove(e.getKey(), e.getValue());
        }
        return false;
    }

    private String key(MonitorConnection m) {
        return m.sittingId() + "/" + me + "/" + m.session().getId();
    }

    private Set<String> alive() {
        Set<String> ids = new HashSet<>();
        try {
            for (Object member : (Collection<?>) members.invoke(cluster)) {
                ids.add(String.valueOf(uuid.invoke(member)));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.FINE, "cluster members unknown: " + e);
        }
        return ids;
    }

    void leave() {
        if (inbound != null) {
            inbound.shutdownNow();
        }
    }
}
