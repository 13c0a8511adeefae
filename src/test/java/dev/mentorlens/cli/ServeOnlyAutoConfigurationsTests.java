package dev.mentorlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.mentorlens.MentorLensApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** A batch command leaves out what only serve uses, and RabbitMQ unless its partitions go to workers. */
class ServeOnlyAutoConfigurationsTests {

    private static final String RABBIT = "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration";
    private static final String HEALTH =
            "org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration";

    @Test
    void leavesOutTheActuatorAndRabbitMqForLocalPartitions() {
        String excluded = excludedWith(Map.of("mentorlens.partitions.mode", "local"));

        assertThat(excluded).contains(HEALTH, RABBIT);
    }

    @Test
    void keepsRabbitMqWhenThePartitionsGoToWorkers() {
        String excluded = excludedWith(Map.of("mentorlens.partitions.mode", "remote"));

        assertThat(excluded).contains(HEALTH).doesNotContain(RABBIT);
    }

    @Test
    void givesWayToAnExclusionSetElsewhere() {
        String excluded = excludedWith(Map.of("spring.autoconfigure.exclude", "com.example.OtherAutoConfiguration"));

        assertThat(excluded).isEqualTo("com.example.OtherAutoConfiguration");
    }

    private static String excludedWith(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("settings", settings));
        new ServeOnlyAutoConfigurations().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), new SpringApplication(MentorLensApplication.class), new String[0],
                environment));
        return environment.getProperty("spring.autoconfigure.exclude");
    }
}
