package dev.mentorlens.partition;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * A worker process ({@code mentorlens worker}): consumes partition requests one at a time and
 * acknowledges each when its partition has run, so a request of a worker that dies goes to another.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "mentorlens.partitions.worker", havingValue = "true")
class PartitionWorkerConfiguration {

    @Bean
    PartitionWorker partitionWorker(JobRepository jobRepository, BeanFactory beanFactory, Release release) {
        BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
        steps.setBeanFactory(beanFactory);
        StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        handler.setJobRepository(jobRepository);
        handler.setStepLocator(steps);
        return new PartitionWorker(jobRepository, handler, release.name());
    }

    @Bean
    IntegrationFlow partitionRequestsFromBroker(ConnectionFactory connectionFactory, PartitionSettings settings,
            PartitionWorker worker) {
        return IntegrationFlow.from(Amqp.inboundAdapter(connectionFactory, settings.queue())
                        .configureContainer(container -> container.acknowledgeMode(AcknowledgeMode.AUTO)
                                .prefetchCount(1).concurrentConsumers(Math.max(1, settings.threads()))
                                .defaultRequeueRejected(false)))
                .handle(String.class, (text, headers) -> {
                    worker.handle(text);
                    return null;
                })
                .get();
    }
}
