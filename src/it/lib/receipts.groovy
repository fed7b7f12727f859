// Shared by the ITs' verify.groovy scripts (the invoker passes this file's folder as `itLib` and the
// v1 schema as `schemaFile`). Usage:
//   def receipts = evaluate(new File(itLib, 'receipts.groovy'))
//   def receipt = receipts.read(new File(basedir, 'target/perfgate/basic.paired.json'))
// read() parses a receipt and validates it against reference/perfgate.paired.v1.schema.json with a
// small validator for exactly the keywords that schema uses (it refuses any other keyword, so it
// never skips a rule silently). Integers are strict: 1.0 is not an integer, as for serde_json.
// Null is allowed only where the schema says so (p_value), also in the additive fields.
// JsonSlurperClassic, not JsonSlurper: JsonSlurper silently wraps integers above Long.MAX_VALUE
// (the schema's uint64 maximum 18446744073709551615 reads as -1).
import groovy.json.JsonSlurperClassic

def annotations = ['$schema', '$id', '$defs', 'title', 'description'] as Set
def supported = ['$ref', 'type', 'required', 'properties', 'items', 'const', 'enum', 'minimum', 'maximum',
                 'additionalProperties'] as Set

def isInteger = { v -> v instanceof Integer || v instanceof Long || v instanceof BigInteger }
def hasType = { String type, v ->
    switch (type) {
        case 'object': return v instanceof Map
        case 'array': return v instanceof List
        case 'string': return v instanceof String
        case 'boolean': return v instanceof Boolean
        case 'null': return v == null
        case 'integer': return isInteger(v)
        case 'number': return v instanceof Number
        default: throw new IllegalStateException("schema type '$type' is not supported by receipts.groovy")
    }
}

def root = new JsonSlurperClassic().parse(new File(schemaFile))

def resolve = { String ref ->
    assert ref.startsWith('#/') : "only local \$ref are supported: $ref"
    ref.substring(2).split('/').inject(root) { node, key -> node[key] }
}

def validate
validate = { Map schema, value, String path, List errors ->
    def unknown = schema.keySet() - annotations - supported
    if (unknown) {
        throw new IllegalStateException("schema keyword(s) $unknown at $path are not supported by receipts.groovy")
    }
    if (schema.'$ref') {
        validate(resolve(schema.'$ref'), value, path, errors)
    }
    if (schema.containsKey('type')) {
        def types = schema.type instanceof List ? schema.type : [schema.type]
        if (!types.any { hasType(it, value) }) {
            errors << "$path: expected ${types.join(' or ')}, got ${value == null ? 'null' : value.getClass().simpleName + ' ' + value}"
            return
        }
    }
    if (schema.containsKey('const') && value != schema.const) {
        errors << "$path: expected the constant ${schema.const}, got $value"
    }
    if (schema.containsKey('enum') && !(value in schema.enum)) {
        errors << "$path: $value is not one of ${schema.enum}"
    }
    if (value instanceof Number && schema.containsKey('minimum') && (value as BigDecimal) < (schema.minimum as BigDecimal)) {
        errors << "$path: $value is below the minimum ${schema.minimum}"
    }
    if (value instanceof Number && schema.containsKey('maximum') && (value as BigDecimal) > (schema.maximum as BigDecimal)) {
        errors << "$path: $value is above the maximum ${schema.maximum}"
    }
    if (value instanceof Map) {
        (schema.required ?: []).each { key ->
            if (!value.containsKey(key)) {
                errors << "$path: required property '$key' is missing"
            }
        }
        def properties = schema.properties ?: [:]
        value.each { key, child ->
            if (properties.containsKey(key)) {
                validate(properties[key], child, "$path.$key", errors)
            } else if (schema.additionalProperties == false) {
                errors << "$path: property '$key' is not allowed"
            } else if (schema.additionalProperties instanceof Map) {
                validate(schema.additionalProperties, child, "$path.$key", errors)
            }
        }
    }
    if (value instanceof List && schema.items instanceof Map) {
        value.eachWithIndex { child, i -> validate(schema.items, child, "$path[$i]", errors) }
    }
}

// v1 writes null only for p_value; the additive fields must not bring nulls back either.
def nulls
nulls = { value, String path, List errors ->
    if (value instanceof Map) {
        value.each { key, child ->
            if (child == null && key != 'p_value') {
                errors << "$path.$key: null (absent fields are omitted, never null)"
            }
            nulls(child, "$path.$key", errors)
        }
    } else if (value instanceof List) {
        value.eachWithIndex { child, i -> nulls(child, "$path[$i]", errors) }
    }
}

def read = { File file ->
    assert file.isFile() : "no receipt at $file"
    def receipt = new JsonSlurperClassic().parse(file)
    def errors = []
    validate(root, receipt, '$', errors)
    nulls(receipt, '$', errors)
    assert errors.isEmpty() : "receipt $file does not match the v1 schema:\n  " + errors.join('\n  ')
    receipt
}

def buildLog = { File basedir ->
    def log = new File(basedir, 'build.log')
    assert log.isFile() : "no build.log in $basedir"
    log.getText('UTF-8')
}

return [read: read, buildLog: buildLog, isInteger: isInteger]
