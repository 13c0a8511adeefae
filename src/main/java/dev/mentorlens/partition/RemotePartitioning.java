package dev.mentorlens.partition;

import javax.sql.DataSource;

import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.Queue;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * The manager's side of remote partitioning: Spring Batch's partition requests leave through a channel
 * that turns them into text messages on a durable RabbitMQ queue, which every worker of the same
 * release consumes. Results are not sent back: the manager polls the shared job repository.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "mentorlens.partitions.mode", havingValue = "remote")
@EnableIntegration
class RemotePartitioning {

    static final String REQUESTS = "partitionRequests";

    @Bean
    SharedDatabaseCheck sharedDatabaseCheck(DataSource dataSource) {
        return new SharedDatabaseCheck(dataSource);
    }

    @Bean(REQUESTS)
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    Queue partitionQueue(PartitionSettings settings) {
        return new Queue(settings.queue(), true);
    }

    @Bean
    IntegrationFlow partitionRequestsToBroker(AmqpTemplate amqp, PartitionSettings settings, Release release) {
        return IntegrationFlow.from(REQUESTS)
                .transform(StepExecutionRequest.class, request -> new PartitionRequest(release.name(),
                        request.getStepName(), request.getStepExecutionId()).text())
                .handle(Amqp.outboundAdapter(amqp).routingKey(settings.queue()))
                .get();
    }
}
