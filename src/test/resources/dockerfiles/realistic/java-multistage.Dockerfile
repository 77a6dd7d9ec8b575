# syntax=docker/dockerfile:1.7
ARG JDK_VERSION=21
ARG BASE=eclipse-temurin

FROM ${BASE}:${JDK_VERSION}-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B dependency:go-offline
COPY src src
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B package -DskipTests \
 && mkdir -p target/extracted \
 && java -Djarmode=layertools -jar target/*.jar extract --destination target/extracted

FROM ${BASE}:${JDK_VERSION}-jre-alpine AS runtime
# entrypoint:ignore=run-as-root the platform maps this uid
RUN addgroup -S app && adduser -S app -G app
USER app:app
WORKDIR /app
COPY --from=build --chown=app:app /workspace/target/extracted/dependencies/ ./
COPY --from=build --chown=app:app /workspace/target/extracted/application/ ./
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75" \
    SERVER_PORT=8080
EXPOSE ${SERVER_PORT}
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD wget -qO- http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
