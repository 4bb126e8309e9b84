import { describe, expect, it } from "vitest";
import { circles, layerPicture } from "../scripts/layers.mjs";

describe("the layers of src/", () => {
  const picture = layerPicture();

  it("hold every module, and no import runs up a layer", () => {
    expect(picture.modules).toBeGreaterThan(0);
    expect(picture.upward).toEqual([]);
  });

  it("form no circle", () => {
    expect(picture.circles).toEqual([]);
  });

  it("would show a circle and its modules", () => {
    const edges = [
      ["a.ts", "b.ts"],
      ["b.ts", "c.ts"],
      ["c.ts", "a.ts"],
      ["c.ts", "d.ts"],
    ];
    expect(circles(edges)).toEqual([["a.ts", "b.ts", "c.ts"]]);
  });
});
