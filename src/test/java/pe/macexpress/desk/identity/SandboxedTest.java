package pe.macexpress.desk.identity;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import pe.macexpress.desk.sandbox.SandboxServer;

/**
 * Base of the identity tests that talk to a real sandbox over loopback: one sandbox per test class,
 * with its injected faults cleared before each test.
 */
abstract class SandboxedTest {
    static SandboxServer sandbox;

    @BeforeAll
    static void startSandbox() throws IOException {
        sandbox = SandboxServer.start(SandboxServer.Options.loopback(0).withFaultInjection());
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void clearSandboxFaults() throws IOException {
        Sandboxed.clearFaults(sandbox);
    }
}
