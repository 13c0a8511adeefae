package dev.mentorlens.batch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records the host and process id that runs each job execution, so that an execution left
 * STARTED by a process that died (kill -9, power loss) can be told apart from a live one.
 */
@Component
public class RunOwners implements JobExecutionListener {

    private final JdbcTemplate jdbc;

    RunOwners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        jdbc.update("delete from run_owner where job_execution_id = ?", jobExecution.getId());
        jdbc.update("insert into run_owner (job_execution_id, host, pid, started_at) values (?, ?, ?, ?)",
                jobExecution.getId(), hostName(), ProcessHandle.current().pid(), LocalDateTime.now());
    }

    /** Whether a process is alive; a process on another host is assumed to be. */
    public static boolean isAlive(String host, long pid) {
        if (!host.equals(hostName())) {
            return true;
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Whether the process that runs the execution is still alive (unknown owners count as dead). */
    public boolean isAlive(long jobExecutionId) {
        List<Owner> owners = jdbc.query("select host, pid from run_owner where job_execution_id = ?",
                (rs, i) -> new Owner(rs.getString(1), rs.getLong(2)), jobExecutionId);
        if (owners.isEmpty()) {
            return false;
        }
        return isAlive(owners.get(0).host(), owners.get(0).pid());
    }

    /** Where the execution runs, e.g. {@code host:1234}, for messages. */
    public String describe(long jobExecutionId) {
        return jdbc.query("select host, pid from run_owner where job_execution_id = ?",
                (rs, i) -> rs.getString(1) + " (pid " + rs.getLong(2) + ")", jobExecutionId).stream().findFirst()
                .orElse("an unknown process");
    }

    public static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private record Owner(String host, long pid) {
    }
}
