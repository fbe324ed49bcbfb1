import Foundation
import Testing
import TestSupport

/// Failures contained: `deploy/replicas.sh` in its short form (`CRASH_ONLY=1`, 16 s of wrk at 16
/// connections) on the binary the tests use. Two replicas behind nginx, each under a supervisor
/// that applies the restart policy of `deploy/systemd/lodestat@.service`; replica 1 is killed with
/// SIGKILL under load. The script fails unless nginx retried the killed replica's requests on the
/// other one, no request failed, and the supervisor (not the script) started the replica again
/// after the unit's RestartSec, after which it served requests through nginx. nginx and wrk come
/// from Debian (scripts/test.sh installs them; the script installs them when missing).
@Suite("Replica failover")
struct ReplicaFailoverTests {
    @Test func aKilledReplicaLosesNoRequestAndComesBack() async throws {
        let binary = try EndToEndScript.binary()
        let script = SharedMaterial.packageRoot + "/deploy/replicas.sh"
        let result = try await ExternalProcess.detached {
            try ExternalProcess.run("bash", [script], environment: ["LODESTAT_BIN": binary, "CRASH_ONLY": "1"],
                                    in: SharedMaterial.packageRoot)
        }
        #expect(result.status == 0, "deploy/replicas.sh failed (\(result.status)):\n\(result.output.suffix(6000))")
        #expect(result.output.contains("replicas: no failed request across 1 crash"),
                "no verdict:\n\(result.output.suffix(3000))")
    }
}
