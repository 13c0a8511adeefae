package dev.mentorlens.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import dev.mentorlens.MentorLensApplication;
import dev.mentorlens.partition.PartitionSettings;
import dev.mentorlens.partition.Release;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;

/**
 * {@code mentorlens worker}: takes partitions of the runs of other processes from RabbitMQ and runs them
 * against the shared database, until the process is stopped (Ctrl-C, SIGTERM).
 */
final class WorkerCommand {

    private WorkerCommand() {
    }

    static int run(Arguments arguments, PrintStream out) throws InterruptedException {
        arguments.allowOnly(Set.of());
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("worker takes no arguments besides settings such as"
                    + " --spring.profiles.active=postgres,remote.");
        }
        List<String> springArgs = new ArrayList<>(arguments.springArgs());
        springArgs.add("--mentorlens.partitions.mode=remote");
        springArgs.add("--mentorlens.partitions.worker=true");
        if (springArgs.stream().noneMatch(arg -> arg.startsWith("--logging.level.root"))) {
            // a worker has no terminal to report to: it logs the partitions it refuses or fails
            springArgs.add("--logging.level.root=WARN");
            springArgs.add("--logging.level.org.springframework.batch.core.listener=ERROR");
        }
        SiteConfig.locate(arguments.config()).ifPresent(file -> {
            springArgs.add("--spring.config.import=file:" + file);
            springArgs.add("--mentorlens.config-base=" + SiteConfig.base(file));
        });
        ConfigurableApplicationContext context = new SpringApplicationBuilder(MentorLensApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run(springArgs.toArray(String[]::new));
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> closed.countDown());
        Environment environment = context.getEnvironment();
        out.println("MentorLens worker " + ProcessHandle.current().pid() + " (release "
                + context.getBean(Release.class).name() + ") takes partitions from queue "
                + context.getBean(PartitionSettings.class).queue() + " at "
                + environment.getProperty("spring.rabbitmq.host", "localhost") + ":"
                + environment.getProperty("spring.rabbitmq.port", "5672") + ". Stop it with Ctrl-C.");
        out.flush();
        closed.await();
        return 0;
    }
}
