# The hub as a container: the same executable jar as `./mvnw -Pproduction package`, run as a
# non-root user. Configuration by environment variables (docs/deployment.md).
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp -q dependency:go-offline -Pproduction
COPY src src
COPY frontend frontend
RUN ./mvnw -B -ntp -Pproduction package -DskipTests && cp target/smart-social-hub-*.jar /src/hub.jar

FROM eclipse-temurin:21-jre
RUN useradd --system --home /opt/socialhub --shell /usr/sbin/nologin socialhub \
    && mkdir -p /opt/socialhub /config/kiosks && chown socialhub /opt/socialhub
WORKDIR /opt/socialhub
COPY --from=build /src/hub.jar /opt/socialhub/smart-social-hub.jar
USER socialhub
ENV PORT=8080 MANAGEMENT_PORT=8081 HUB_KIOSK_CONFIG_DIR=/config/kiosks
EXPOSE 8080 8081
# bash's /dev/tcp: the runtime image has neither curl nor wget. Healthy is the status line's 200, not
# an "UP" found anywhere in the body: a node whose database is down answers 503 with its other parts UP.
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
    CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/$MANAGEMENT_PORT && printf "GET /actuator/health HTTP/1.0\r\n\r\n" >&3 && head -n 1 <&3 | grep -q "^HTTP/1\.[01] 200"'
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=70", "-XX:+ExitOnOutOfMemoryError", "-jar", "/opt/socialhub/smart-social-hub.jar"]
