# Builds Orderflow with the committed Maven wrapper and runs it on a JRE.
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
WORKDIR /app
RUN useradd --system --uid 10001 orderflow
COPY --from=build /src/target/orderflow-*.jar /app/orderflow.jar
USER orderflow
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/orderflow.jar"]
