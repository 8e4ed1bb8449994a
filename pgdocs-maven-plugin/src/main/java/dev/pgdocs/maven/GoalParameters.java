package dev.pgdocs.maven;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;

/**
 * A goal's parameter values, taken from one goal and given to the same goal in a forked
 * JVM: every field of the goal's classes below {@link AbstractMojo} (the annotations
 * that mark parameters are gone at run time; the goals have no other fields).
 */
final class GoalParameters {

    private GoalParameters() {
    }

    /** The values of {@code goal}'s parameters, by field name; unset ones left out. */
    static Map<String, Serializable> of(AbstractMojo goal) {
        Map<String, Serializable> values = new LinkedHashMap<>();
        for (Field field : fields(goal)) {
            try {
                Object value = field.get(goal);
                if (value != null) {
                    values.put(field.getName(), (Serializable) value);
                }
            } catch (IllegalAccessException | ClassCastException e) {
                throw new IllegalStateException("goal parameter " + field.getName() + " cannot be passed on", e);
            }
        }
        return values;
    }

    /** Sets {@code goal}'s parameters to {@code values}, as {@link #of} gave them. */
    static void set(AbstractMojo goal, Map<String, Serializable> values) throws IllegalAccessException {
        for (Field field : fields(goal)) {
            if (values.containsKey(field.getName())) {
                field.set(goal, values.get(field.getName()));
            }
        }
    }

    private static List<Field> fields(AbstractMojo goal) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> type = goal.getClass(); type != AbstractMojo.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }
}
