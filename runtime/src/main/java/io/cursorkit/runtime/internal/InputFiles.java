package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;

/** Reads the JSON files a command is given, with messages that never echo the file's content. */
final class InputFiles {
    private InputFiles() {}

    /**
     * The JSON in {@code path}; {@code MissingNode} when the file is empty or blank.
     *
     * @param what the file's role, for messages: {@code config}, {@code catalog}, {@code state}
     */
    static JsonNode read(String path, String what) throws InputException {
        String unreadable = CommandLine.unreadable(path, what);
        if (unreadable != null) {
            throw new InputException(unreadable);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Paths.get(path));
        } catch (IOException | RuntimeException e) {
            throw new InputException("The " + what + " file '" + path + "' could not be read ("
                    + e.getClass().getSimpleName() + "). Pass the path of a readable JSON file.");
        }
        try {
            return JsonTrees.parse(bytes);
        } catch (JsonProcessingException e) {
            // Jackson's own message quotes the content, which may hold a secret: give the place only.
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InputException("The " + what + " file '" + path + "' is not valid JSON" + where
                    + ". Fix the file so that it holds one JSON value.");
        } catch (IOException e) {
            throw new InputException("The " + what + " file '" + path + "' could not be read ("
                    + e.getClass().getSimpleName() + "). Pass the path of a readable JSON file.");
        }
    }
}
