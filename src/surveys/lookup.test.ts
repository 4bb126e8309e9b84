import { describe, expect, it } from "vitest";
import { errorOf } from "../../tests/support/errors.js";
import { getSurvey, isSurveyId } from "./lookup.js";
import { SURVEYS } from "./registry.js";

describe("getSurvey", () => {
  it("returns the very record of every id, and refuses another naming the argument", () => {
    for (const [id, survey] of Object.entries(SURVEYS)) {
      expect(getSurvey(id)).toBe(survey);
      expect(isSurveyId(id)).toBe(true);
    }
    const error = errorOf(() => getSurvey("leem-barometer" as never));
    expect(error).toMatchObject({ code: "unknown-id", argument: "id" });
    expect(error.message).toContain('"leem-barometer-2025"');
    expect(isSurveyId("leem-barometer")).toBe(false);
  });
});
