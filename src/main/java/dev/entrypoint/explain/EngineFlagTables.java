package dev.entrypoint.explain;

import dev.entrypoint.launch.EngineKind;

/**
 * Every option of {@code docker} and {@code podman} themselves and of their {@code run} and {@code
 * create}, hidden ones included, as the Docker CLI 28 and Podman 4.3 define them (read from their
 * help and checked one by one against the real commands). Options added by later versions are
 * unknown here, as they are to those versions. Podman's subcommands also take most of Podman's own
 * options ({@code podman run --runtime runc IMAGE}); Docker's do not.
 */
final class EngineFlagTables {

  private static final CliFlags DOCKER_GLOBAL =
      CliFlags.of(
          "D|debug tls tlsverify v|version",
          "config c|context H|host l|log-level tlscacert tlscert tlskey");

  /** Podman's own options that its subcommands accept too (cobra's persistent flags). */
  private static final String PODMAN_PERSISTENT_VALUED =
      " cgroup-manager conmon events-backend hooks-dir log-level namespace network-cmd-path"
          + " network-config-dir root runroot runtime runtime-flag storage-driver storage-opt tmpdir volumepath";

  private static final CliFlags PODMAN_GLOBAL =
      CliFlags.of(
          "help noout r|remote syslog v|version",
          "c|connection identity ssh url" + PODMAN_PERSISTENT_VALUED);

  private static final CliFlags DOCKER_RUN =
      CliFlags.of(
          "d|detach disable-content-trust help init i|interactive no-healthcheck oom-kill-disable privileged"
              + " P|publish-all q|quiet read-only rm sig-proxy t|tty use-api-socket",
          "add-host a|attach blkio-weight blkio-weight-device cap-add cap-drop cgroup-parent cgroupns cidfile"
              + " cpu-period cpu-quota cpu-rt-period cpu-rt-runtime c|cpu-shares cpus cpuset-cpus cpuset-mems"
              + " detach-keys device device-cgroup-rule device-read-bps device-read-iops device-write-bps"
              + " device-write-iops dns dns-option dns-search domainname entrypoint e|env env-file expose gpus"
              + " group-add health-cmd health-interval health-retries health-start-period health-timeout"
              + " h|hostname ip ip6 ipc isolation kernel-memory l|label label-file link link-local-ip log-driver"
              + " log-opt mac-address m|memory memory-reservation memory-swap memory-swappiness mount name"
              + " network network-alias oom-score-adj pid pids-limit platform p|publish pull restart runtime"
              + " security-opt shm-size stop-signal stop-timeout storage-opt sysctl tmpfs ulimit u|user userns"
              + " uts v|volume volume-driver volumes-from w|workdir"
              // hidden: aliases, Windows-only options, options of newer engine APIs
              + " net dns-opt net-alias annotation cpu-count cpu-percent io-maxbandwidth io-maxiops"
              + " health-start-interval");

  private static final CliFlags PODMAN_RUN =
      CliFlags.of(
          "d|detach disable-content-trust env-host help http-proxy init i|interactive no-healthcheck no-hosts"
              + " oom-kill-disable passwd privileged P|publish-all q|quiet read-only read-only-tmpfs replace rm"
              + " rmi rootfs sig-proxy tls-verify t|tty unsetenv-all syslog",
          "add-host annotation arch a|attach authfile blkio-weight blkio-weight-device cap-add cap-drop"
              + " cgroup-conf cgroup-parent cgroupns cgroups chrootdirs cidfile conmon-pidfile cpu-period"
              + " cpu-quota cpu-rt-period cpu-rt-runtime c|cpu-shares cpus cpuset-cpus cpuset-mems detach-keys"
              + " device device-cgroup-rule device-read-bps device-read-iops device-write-bps device-write-iops"
              + " dns dns-option dns-search entrypoint e|env env-file env-merge expose gidmap group-add"
              + " health-cmd health-interval health-on-failure health-retries health-start-period"
              + " health-timeout h|hostname hostuser image-volume init-path ip ip6 ipc l|label label-file"
              + " log-driver log-opt mac-address m|memory memory-reservation memory-swap memory-swappiness"
              + " mount name network network-alias oom-score-adj os passwd-entry personality pid pidfile"
              + " pids-limit platform pod pod-id-file preserve-fds p|publish pull requires restart sdnotify"
              + " seccomp-policy secret security-opt shm-size stop-signal stop-timeout subgidname subuidname"
              + " sysctl systemd timeout tmpfs tz uidmap ulimit umask unsetenv u|user userns uts variant"
              + " v|volume volumes-from w|workdir"
              // hidden: aliases and options kept for compatibility
              + " net dns-opt kernel-memory override-arch override-os override-variant signature-policy"
              + PODMAN_PERSISTENT_VALUED);

  /**
   * {@code create} has the options of {@code run} but those that only make sense for a started
   * container.
   */
  private static final CliFlags DOCKER_CREATE = DOCKER_RUN.without("detach detach-keys sig-proxy");

  private static final CliFlags PODMAN_CREATE =
      PODMAN_RUN.without("detach detach-keys sig-proxy preserve-fds rmi");

  private EngineFlagTables() {}

  /** The options of the engine's own command, before the subcommand. */
  static CliFlags global(EngineKind engine) {
    return engine == EngineKind.DOCKER ? DOCKER_GLOBAL : PODMAN_GLOBAL;
  }

  /** The options of {@code run}, or of {@code create} when {@code create} is true. */
  static CliFlags run(EngineKind engine, boolean create) {
    return switch (engine) {
      case DOCKER -> create ? DOCKER_CREATE : DOCKER_RUN;
      case PODMAN -> create ? PODMAN_CREATE : PODMAN_RUN;
    };
  }
}
