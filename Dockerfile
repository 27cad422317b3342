# Builds Orderflow with the committed Maven wrapper and runs it on a JRE, as an unprivileged user. The build needs the
# JDK only: `package -DskipTests` runs none of the checks that need Node.js (bpmnlint, the TypeScript client), which
# `./mvnw verify` runs. There is no Docker engine in CI: .ci/check-build-without-node runs this build stage's COPY and
# RUN steps there without Docker and without Node.js, and checks the jar the second stage copies.
# Exact version tags (Temurin 17.0.19+10 on Ubuntu 24.04); append `@sha256:...` where a policy asks for digests.
FROM eclipse-temurin:17.0.19_10-jdk-noble AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
# The tests are compiled (not run) against the Java client the build generates from the committed API document.
COPY docs/openapi.json docs/
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17.0.19_10-jre-noble
# The app writes to /app/data (the embedded H2 database when no PostgreSQL is configured); it is the user's own, so
# the image runs without root, alone or with a volume mounted there (a new volume takes this owner).
RUN useradd --system --uid 10001 --home-dir /app orderflow \
    && mkdir -p /app/data \
    && chown -R orderflow:orderflow /app
WORKDIR /app
COPY --from=build /src/target/orderflow-*.jar /app/orderflow.jar
USER 10001:10001
EXPOSE 8080
# The JRE image has neither curl nor wget: bash's /dev/tcp asks the public health endpoint.
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=5 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]
ENTRYPOINT ["java", "-jar", "/app/orderflow.jar"]
