package cn.budgetperf.budget.workbook.adapter.excel;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Dotted paths into a document's JSON tree. */
final class Paths {

    private Paths() {
    }

    static JsonNode get(JsonNode root, String path) {
        JsonNode node = root;
        if (path.isEmpty()) {
            return node;
        }
        for (String part : path.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node == null || node.isNull() ? null : node;
    }

    static ObjectNode object(ObjectNode root, String path) {
        ObjectNode node = root;
        for (String part : path.split("\\.")) {
            JsonNode child = node.get(part);
            node = child instanceof ObjectNode o ? o : node.putObject(part);
        }
        return node;
    }

    static ArrayNode array(ObjectNode root, String path) {
        int dot = path.lastIndexOf('.');
        ObjectNode parent = dot < 0 ? root : object(root, path.substring(0, dot));
        String name = path.substring(dot + 1);
        JsonNode existing = parent.get(name);
        return existing instanceof ArrayNode a ? a : parent.putArray(name);
    }

    static void set(ObjectNode root, String path, JsonNode value) {
        int dot = path.lastIndexOf('.');
        ObjectNode parent = dot < 0 ? root : object(root, path.substring(0, dot));
        parent.set(path.substring(dot + 1), value);
    }
}
