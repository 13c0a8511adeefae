package dev.mentorlens.partition;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How partitioned steps run ({@code mentorlens.partitions}).
 *
 * @param mode {@code local}: partitions run on a thread pool of this process; {@code remote}: they are sent
 *        over RabbitMQ ({@code spring.rabbitmq.*}) to worker processes sharing the database
 * @param count how many partitions a partitioned step makes (fewer when there is less work)
 * @param threads the local thread pool's size; 0 for one thread per partition
 * @param queue the RabbitMQ queue of the partition requests
 * @param release the release a worker must run to take a partition; empty for this build's version
 * @param heartbeat how often a running partition tells the database its worker is alive
 * @param deadAfter a running partition without a heartbeat for this long is failed: its worker died
 * @param pickupTimeout a partition no worker has taken for this long is failed
 * @param pollInterval how often the manager looks in the database for finished partitions
 */
@ConfigurationProperties("mentorlens.partitions")
public record PartitionSettings(@DefaultValue("local") String mode, @DefaultValue("1") int count,
        @DefaultValue("0") int threads, @DefaultValue("mentorlens.partitions") String queue,
        @DefaultValue("") String release, @DefaultValue("2s") Duration heartbeat,
        @DefaultValue("30s") Duration deadAfter, @DefaultValue("10m") Duration pickupTimeout,
        @DefaultValue("1s") Duration pollInterval) {

    public PartitionSettings {
        if (!mode.equals("local") && !mode.equals("remote")) {
            throw new IllegalArgumentException("mentorlens.partitions.mode must be local or remote (got " + mode + ").");
        }
        if (count < 1) {
            throw new IllegalArgumentException("mentorlens.partitions.count must be 1 or more (got " + count + ").");
        }
        if (threads < 0) {
            throw new IllegalArgumentException("mentorlens.partitions.threads must be 0 or more (got " + threads + ").");
        }
        if (deadAfter.compareTo(heartbeat.multipliedBy(2)) <= 0) {
            throw new IllegalArgumentException("mentorlens.partitions.dead-after (" + deadAfter
                    + ") must be more than twice mentorlens.partitions.heartbeat (" + heartbeat + ").");
        }
    }

    public boolean remote() {
        return mode.equals("remote");
    }

    int poolSize() {
        return threads == 0 ? count : threads;
    }
}
