package dev.mentorlens;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MentorLensApplication {
}
