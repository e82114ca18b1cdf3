package ai.zimmer.monitoring;

import java.time.Clock;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.flywaydb.core.Flyway;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.cache.metrics.CacheMetricsRegistrar;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.info.GitProperties;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationRegistryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Wires monitoring: the request recorder and its filter, the sampler and probes, the
 * alert rules, evaluator and delivery, and the reports.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringConfiguration {

	private static final String INSTRUMENTATION = "zimmer.monitoring.instrumentation-enabled";

	@Bean
	RequestRecorder requestRecorder(Clock clock) {
		return new RequestRecorder(clock);
	}

	/**
	 * Just inside the request-id filter (which is first), so the access log carries the
	 * request id and refusals by security are recorded.
	 */
	@Bean
	@ConditionalOnBooleanProperty(name = INSTRUMENTATION, matchIfMissing = true)
	FilterRegistrationBean<RequestRecordingFilter> requestRecordingFilter(RequestRecorder recorder) {
		FilterRegistrationBean<RequestRecordingFilter> registration = new FilterRegistrationBean<>(
				new RequestRecordingFilter(recorder));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/**
	 * With instrumentation off, no observation is made: no request metrics, no spans.
	 */
	@Bean
	@ConditionalOnBooleanProperty(name = INSTRUMENTATION, havingValue = false)
	ObservationRegistryCustomizer<ObservationRegistry> noObservations() {
		return (registry) -> registry.observationConfig().observationPredicate((name, context) -> false);
	}

	@Bean
	BuildInfo buildInfo(ObjectProvider<BuildProperties> build, ObjectProvider<GitProperties> git,
			MeterRegistry registry) {
		BuildInfo info = BuildInfo.of(build.getIfAvailable(), git.getIfAvailable());
		info.register(registry);
		return info;
	}

	@Bean
	DependencyStatus dependencyStatus(MeterRegistry registry) {
		return new DependencyStatus(registry);
	}

	@Bean
	ResourceHistory resourceHistory(Clock clock) {
		return new ResourceHistory(clock);
	}

	@Bean
	MonitoringSampler monitoringSampler(MonitoringProperties properties, DataSource dataSource,
			ObjectProvider<Flyway> flyway, ObjectProvider<CacheManager> cacheManager, MeterRegistry registry,
			Clock clock, DependencyStatus status, ResourceHistory history) {
		int timeoutSeconds = (int) Math.max(1, properties.probeTimeout().toSeconds());
		return new MonitoringSampler(new DatabaseProbe(dataSource, flyway, clock, timeoutSeconds),
				new CacheProbe(cacheManager, clock), new ResourceReader(registry, clock), status, history);
	}

	@Bean
	DatabaseReadiness databaseHealthIndicator(DependencyStatus status) {
		return new DatabaseReadiness(status);
	}

	@Bean
	AutomationHealthMonitor automationHealthMonitor(AutomationHealthRepository automations, MeterRegistry registry,
			Clock clock) {
		return new AutomationHealthMonitor(automations, registry, clock);
	}

	@Bean
	CacheMetricsBinder cacheMetricsBinder(ObjectProvider<CacheManager> cacheManager,
			ObjectProvider<CacheMetricsRegistrar> registrar, MeterRegistry registry) {
		return new CacheMetricsBinder(cacheManager, registrar, registry);
	}

	@Bean
	AlertRules alertRules(MonitoringProperties properties, RequestRecorder recorder, ResourceHistory history,
			DependencyStatus status) {
		return new AlertRules(BuiltInAlertRules.create(properties.alerts(), recorder, history, status));
	}

	@Bean
	AlertLog alertLog(MonitoringProperties properties) {
		return new AlertLog(properties.alerts().recentCapacity());
	}

	@Bean
	WebhookDelivery webhookDelivery(MonitoringProperties properties) {
		return new WebhookDelivery(properties.delivery());
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "zimmer.monitoring.alerts.enabled", matchIfMissing = true)
	AlertEvaluator alertEvaluator(MonitoringProperties properties, AlertRules rules, AlertLog log,
			WebhookDelivery delivery, Environment environment, Clock clock) {
		AlertNotifier notifier = new AlertNotifier(properties.webhooks(), delivery, source(environment));
		return new AlertEvaluator(rules.all(), log, notifier, clock);
	}

	@Bean
	MonitoringReports monitoringReports(DependencyStatus status, AutomationHealthMonitor automations,
			ApplicationAvailability availability, BuildInfo build, Clock clock, RequestRecorder recorder,
			ResourceHistory history, MeterRegistry registry, ObjectProvider<CacheManager> cacheManager, AlertLog log,
			AlertRules rules) {
		MetricsReporter metrics = new MetricsReporter(recorder, history);
		return new MonitoringReports(new HealthReporter(status, automations, availability, build, clock), metrics,
				new ComponentReporter(status, history, registry, cacheManager),
				new PerformanceReporter(registry, metrics), log, rules.all());
	}

	@Bean
	MonitoringEndpoint monitoringEndpoint(MonitoringReports reports, JsonMapper jsonMapper) {
		return new MonitoringEndpoint(reports, jsonMapper);
	}

	/**
	 * Names this instance in alert messages: the application and, where set, the host.
	 */
	private static String source(Environment environment) {
		String application = environment.getProperty("spring.application.name", "zimmer");
		String host = environment.getProperty("HOSTNAME");
		return (host != null && !host.isBlank()) ? application + "@" + host : application;
	}

}
