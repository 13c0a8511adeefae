package dev.mentorlens.batch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.LocalDateTime;
import java.util.UUID;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records the host, process id and process token of the process that runs each job execution, so
 * that an execution left STARTED by a process that died (kill -9, power loss, a container that
 * restarted with the same pid) can be told apart from a live one.
 */
@Component
public class RunOwners implements JobExecutionListener {

    /** This process, unlike its pid, is never repeated: a restarted container gets a new token. */
    public static final String PROCESS_TOKEN = UUID.randomUUID().toString();

    private final JdbcTemplate jdbc;

    RunOwners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        jdbc.update("delete from run_owner where job_execution_id = ?", jobExecution.getId());
        jdbc.update("insert into run_owner (job_execution_id, host, pid, started_at, process_token)"
                + " values (?, ?, ?, ?, ?)", jobExecution.getId(), hostName(), ProcessHandle.current().pid(),
                LocalDateTime.now(), PROCESS_TOKEN);
    }

    public static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
