FROM ubuntu:22.04
MAINTAINER Someone <someone@example.invalid>
ENV DEBIAN_FRONTEND noninteractive
ENV APP_HOME /opt/app
RUN apt-get update && apt-get install -y openjdk-17-jre-headless
ADD app.jar $APP_HOME/app.jar
VOLUME /data
EXPOSE 8080 8443
ENTRYPOINT java -Xmx512m -jar $APP_HOME/app.jar
CMD ['--spring.profiles.active=prod']
