# Builds Orderflow with the committed Maven wrapper and runs it on a JRE, as an unprivileged user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
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
