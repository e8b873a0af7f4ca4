import { z } from "zod";

// The pieces every path of the OpenAPI document is written with.

/** The body of every error answer. */
export const error = {
  type: "object",
  properties: {
    error: {
      type: "object",
      properties: { code: { type: "string" }, message: { type: "string" } },
      required: ["code", "message"],
    },
  },
  required: ["error"],
};

/** An answer in JSON, described. */
export const json = (description: string) => ({
  description,
  content: { "application/json": { schema: { type: "object" } } },
});
/** The answer to bad input. */
export const failures = {
  "400": {
    description: "bad input",
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  },
};

/** A JSON request body, described from its zod schema. */
export function body(schema: z.ZodType) {
  return {
    required: true,
    content: {
      "application/json": { schema: z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) },
    },
  };
}

/** A path parameter. */
export function id(name: string, description: string) {
  return { name, in: "path", required: true, description, schema: { type: "string" } };
}
