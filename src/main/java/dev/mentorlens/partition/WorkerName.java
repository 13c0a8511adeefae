package dev.mentorlens.partition;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** How a process names itself in the partitions it runs: host and process id. */
final class WorkerName {

    private WorkerName() {
    }

    static String ofThisProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + ":" + ProcessHandle.current().pid();
    }
}
