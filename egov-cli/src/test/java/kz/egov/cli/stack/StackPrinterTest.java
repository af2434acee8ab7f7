package kz.egov.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class StackPrinterTest {

    @Test
    void swaggerUiAndHealthArePrintedOnTheManagementPort() {
        StackConfig config = StackConfig.defaults(StackLayout.of(Path.of("/repo")).withDataDir(Path.of("/data")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StackPrinter.printStarted(config, Duration.ofSeconds(42), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        for (ServiceDefinition s : config.services()) {
            String api = "http://127.0.0.1:" + s.port();
            String management = "http://127.0.0.1:" + s.managementPort();
            assertThat(out).contains(api + " ", management + "/q/swagger-ui", management + "/q/health")
                    .doesNotContain(api + "/q/");
        }
    }
}
