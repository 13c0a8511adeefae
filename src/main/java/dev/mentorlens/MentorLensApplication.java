package dev.mentorlens;

import dev.mentorlens.cli.Commands;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MentorLensApplication {

    public static void main(String[] args) {
        System.exit(Commands.run(args));
    }
}
