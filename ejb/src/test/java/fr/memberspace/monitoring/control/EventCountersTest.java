package fr.memberspace.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import fr.memberspace.audit.control.Audited;
import fr.memberspace.audit.entity.AuditType;

class EventCountersTest {

    /** A registry that notes each counter asked for (WildFly's searches all its meters then). */
    static class NotingRegistry extends SimpleMeterRegistry {
        final List<String> askedFor = new ArrayList<>();

        @Override
        public Counter counter(String name, Iterable<Tag> tags) {
            askedFor.add(name + tags);
            return super.counter(name, tags);
        }
    }

    final NotingRegistry registry = new NotingRegistry();
    final EventCounters counters = new EventCounters();

    @BeforeEach
    void registry() {
        counters.registry = registry;
    }

    @Test
    void eachEventCountsOnceUnderItsTypeAndMutual() {
        counters.count(event(AuditType.SIGN_IN_OK, "mcrn"));
        counters.count(event(AuditType.SIGN_IN_OK, "mcrn"));
        counters.count(event(AuditType.SIGN_IN_OK, "moa"));
        counters.count(event(AuditType.SIGN_IN_FAILED, "mcrn"));
        counters.count(event(AuditType.SIGN_IN_FAILED, null));

        assertThat(count(AuditType.SIGN_IN_OK, "mcrn")).isEqualTo(2);
        assertThat(count(AuditType.SIGN_IN_OK, "moa")).isEqualTo(1);
        assertThat(count(AuditType.SIGN_IN_FAILED, "mcrn")).isEqualTo(1);
        assertThat(count(AuditType.SIGN_IN_FAILED, "none")).as("an event of no mutual").isEqualTo(1);
    }

    @Test
    void eachCounterIsAskedOfTheRegistryOnce() {
        for (int i = 0; i < 50; i++) {
            counters.count(event(AuditType.CODE_ACCEPTED, "mcrn"));
            counters.count(event(AuditType.CODE_FAILED, "mcrn"));
        }

        assertThat(registry.askedFor).hasSize(2);
        assertThat(count(AuditType.CODE_ACCEPTED, "mcrn")).isEqualTo(50);
    }

    private double count(AuditType type, String mutual) {
        return registry.get(EventCounters.NAME).tags("type", type.name(), "mutual", mutual).counter().count();
    }

    private static Audited event(AuditType type, String mutual) {
        return new Audited(type, mutual, "100001", "203.0.113.9", null);
    }
}
