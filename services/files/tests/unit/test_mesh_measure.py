"""Measuring a parsed mesh: volume, bounding box and watertightness agree with trimesh's own answers."""

from __future__ import annotations

import numpy as np
import pytest
import trimesh

from printdesk.files.adapters.analysis import measure_arrays
from printdesk.files.domain.rules import InvalidUpload


def triangle_soup(mesh: trimesh.Trimesh, dtype=np.float32) -> tuple[np.ndarray, np.ndarray]:  # noqa: ANN001
    """Corners written once per triangle, as an STL stores them."""
    vertices = mesh.vertices[mesh.faces].reshape(-1, 3).astype(dtype)
    return vertices, np.arange(len(vertices)).reshape(-1, 3)


@pytest.mark.parametrize(
    "mesh",
    [
        trimesh.creation.box(extents=(20, 30, 40)),
        trimesh.creation.icosphere(subdivisions=4, radius=25),
        trimesh.creation.annulus(r_min=5, r_max=12, height=8),
        trimesh.creation.cylinder(radius=7, height=50, sections=64),
    ],
)
def test_a_closed_mesh_is_watertight_with_trimeshs_volume_and_extents(mesh):
    facts = measure_arrays(*triangle_soup(mesh))
    assert mesh.is_watertight and facts.watertight
    assert facts.triangles == len(mesh.faces)
    assert facts.volume_mm3 == pytest.approx(mesh.volume, rel=1e-5)
    assert facts.bbox_mm == pytest.approx(tuple(mesh.extents), rel=1e-6)


def test_shared_vertices_measure_the_same_as_a_triangle_soup():
    mesh = trimesh.creation.icosphere(subdivisions=3, radius=10)
    indexed = measure_arrays(np.asarray(mesh.vertices), np.asarray(mesh.faces))
    soup = measure_arrays(*triangle_soup(mesh))
    assert indexed.watertight and soup.watertight
    assert indexed.volume_mm3 == pytest.approx(soup.volume_mm3, rel=1e-5)


def test_a_mesh_with_a_hole_is_open_and_has_no_volume():
    mesh = trimesh.creation.box(extents=(10, 10, 10))
    vertices, faces = triangle_soup(mesh)
    facts = measure_arrays(vertices, faces[1:])
    assert not facts.watertight and facts.volume_mm3 is None
    assert facts.bbox_mm == pytest.approx((10, 10, 10))


def test_an_inside_out_mesh_still_has_a_positive_volume():
    mesh = trimesh.creation.box(extents=(10, 10, 10))
    vertices, faces = triangle_soup(mesh)
    assert measure_arrays(vertices, faces[:, ::-1]).volume_mm3 == pytest.approx(1000)


def test_an_edge_shared_by_four_triangles_is_not_watertight():
    box = trimesh.creation.box(extents=(10, 10, 10))
    twice = trimesh.util.concatenate([box, box])
    assert not measure_arrays(*triangle_soup(twice)).watertight


def test_negative_zero_and_zero_are_the_same_corner():
    mesh = trimesh.creation.box(extents=(2, 2, 2))
    mesh.apply_translation((1, 1, 1))  # corners at 0 and 2
    vertices, faces = triangle_soup(mesh)
    vertices[vertices == 0] = -0.0
    assert np.signbit(vertices).any()
    vertices[::2][vertices[::2] == 0] = 0.0
    assert measure_arrays(vertices, faces).watertight


def test_no_triangles_is_an_empty_model_and_nan_is_unreadable():
    with pytest.raises(InvalidUpload) as empty:
        measure_arrays(np.zeros((0, 3)), np.zeros((0, 3), dtype=np.int64), "stl")
    assert empty.value.code == "empty_model"
    vertices, faces = triangle_soup(trimesh.creation.box())
    vertices[3, 1] = np.nan
    with pytest.raises(InvalidUpload) as nan:
        measure_arrays(vertices, faces, "stl")
    assert nan.value.code == "unreadable_model"
