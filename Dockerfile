# syntax=docker/dockerfile:1
#
# ContextMap as a container image: `docker build -t contextmap .`
# Stage 1 builds the jar (with Vaadin's production bundle) with the Maven wrapper on JDK 25;
# stage 2 runs it on a JRE 25. See docs/ci-and-build.md.

FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY . .
# The vaadin-maven-plugin (prepare-frontend + build-frontend) is bound to every build, so the
# jar carries the production bundle. On x86-64 Node 24 comes from the npm registry (pom profile
# node-from-npm-registry); elsewhere Vaadin downloads Node itself. The cache mounts keep
# Maven's repository and Node between builds (BuildKit).
RUN --mount=type=cache,target=/root/.m2 \
    --mount=type=cache,target=/root/.cache/contextmap \
    sh ./mvnw -B -ntp -DskipTests package \
 && cp target/contextmap.jar /contextmap.jar

FROM eclipse-temurin:25-jre
# An unprivileged user; /data holds the embedded database when no NEO4J_URI is given
# (XDG_DATA_HOME/contextmap/neo4j, see DataDirectories).
RUN groupadd --system contextmap \
 && useradd --system --gid contextmap --home-dir /home/contextmap --create-home contextmap \
 && mkdir /data && chown contextmap:contextmap /data
ENV XDG_DATA_HOME=/data
VOLUME /data
WORKDIR /app
COPY --from=build /contextmap.jar /app/contextmap.jar
USER contextmap
EXPOSE 8080
# Extra JVM options go in JAVA_TOOL_OPTIONS (e.g. -Xmx2g); NEO4J_URI/NEO4J_USERNAME/NEO4J_PASSWORD
# select an external Neo4j server.
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", \
            "-XX:+EnableDynamicAgentLoading", "-jar", "/app/contextmap.jar"]
