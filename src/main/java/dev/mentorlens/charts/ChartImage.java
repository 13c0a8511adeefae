package dev.mentorlens.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * One rendered chart: a suggested file name (e.g. {@code participation-trend.png}), the PNG bytes and
 * the image size in pixels.
 */
public record ChartImage(String fileName, byte[] png, int width, int height) {

	public ChartImage {
		Objects.requireNonNull(fileName, "fileName");
		png = Objects.requireNonNull(png, "png").clone();
	}

	@Override
	public byte[] png() {
		return this.png.clone();
	}

	/** Writes the PNG to {@code file}, creating its parent folders, and returns {@code file}. */
	public Path writeTo(Path file) {
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			return Files.write(file, this.png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write chart " + file, ex);
		}
	}

	/** Writes the PNG under its suggested file name into {@code directory} and returns the file. */
	public Path writeInto(Path directory) {
		return writeTo(directory.resolve(this.fileName));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ChartImage that && this.fileName.equals(that.fileName)
				&& Arrays.equals(this.png, that.png) && this.width == that.width && this.height == that.height;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.fileName, Arrays.hashCode(this.png), this.width, this.height);
	}

	@Override
	public String toString() {
		return "ChartImage[" + this.fileName + ", " + this.width + "x" + this.height + ", " + this.png.length + " bytes]";
	}

}
