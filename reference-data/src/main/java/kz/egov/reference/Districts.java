package kz.egov.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The districts of the stand-in datasets ({@code reference/districts.yaml}). */
public final class Districts {

    private record File(List<District> districts) {
    }

    private static final List<District> ALL = load();

    private Districts() {
    }

    public static List<District> all() {
        return ALL;
    }

    private static List<District> load() {
        try (InputStream in = Districts.class.getResourceAsStream("/reference/districts.yaml")) {
            return List.copyOf(new ObjectMapper(new YAMLFactory()).readValue(in, File.class).districts());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
