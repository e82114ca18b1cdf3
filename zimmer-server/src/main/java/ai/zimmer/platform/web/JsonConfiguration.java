package ai.zimmer.platform.web;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Strict JSON: snake_case names, no coercion between types, unknown fields and enum
 * values refused.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictJson() {
		return (builder) -> builder.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
			.withCoercionConfig(LogicalType.Textual, (textual) -> {
				textual.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
				textual.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
				textual.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
			});
	}

}
