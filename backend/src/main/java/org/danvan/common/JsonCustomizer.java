package org.danvan.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;

/**
 * How JSON is read and written. Percentages as people write them (100, 92.5, never 1E+2); bodies
 * read strictly: a key given twice, text where a number belongs, a number for an enum or a fraction
 * for an integer, a NUL character in text and a year of more than four digits are all refused (400)
 * rather than guessed at or passed on to the database.
 */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {

    /** After Quarkus' own customizers, so these deserializers win over the Java time module's. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    @SuppressWarnings("deprecation") // MapperFeature.ALLOW_COERCION_OF_SCALARS: still the switch in Jackson 2
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.registerModule(new SimpleModule("danvan-strict-input")
                .addDeserializer(String.class, new TextWithoutNul())
                .addDeserializer(LocalDate.class, new FourDigitYearDate()));
    }

    /**
     * Text as sent, unless it is not text at all or carries a NUL character (which no document has
     * and PostgreSQL refuses).
     */
    static final class TextWithoutNul extends StdScalarDeserializer<String> {

        TextWithoutNul() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
                // a number or a boolean where text belongs is a mistake, not text
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, value, "contains a NUL character");
            }
            return value;
        }
    }

    /** A calendar day of the years 1 to 9999, as documents are dated (and databases store). */
    static final class FourDigitYearDate extends StdScalarDeserializer<LocalDate> {

        FourDigitYearDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate value = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (value != null && (value.getYear() < 1 || value.getYear() > 9999)) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, parser.getText(),
                        "year outside 1-9999");
            }
            return value;
        }
    }
}
