"""Notices beyond one machine: a dask bag or DataFrame of texts to flat rows.

Needs ``pip install 'voidnotice[dask]'``. Each partition is parsed where it
lies (:func:`voidnotice.parse_many`) and becomes a pandas DataFrame of the
flat schema (:data:`voidnotice.COLUMNS`, dtypes of
:func:`voidnotice.rows.to_pandas`); :func:`meta` is the empty frame every
partition agrees with, so no partition is computed to guess it. A walk
through it on a ``dask.distributed`` cluster is in ``docs/scale-out.md``.

>>> import dask.bag as db
>>> frame = parse_bag(db.from_sequence([("a", "遗失声明\\n张三遗失身份证")], npartitions=1))
>>> frame.compute(scheduler="sync")[["source", "party_names", "document"]].values.tolist()
[['a', '张三', 'resident_id_card']]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from voidnotice.bulk import Input, parse_many
from voidnotice.rows import import_extra, to_pandas, to_rows

_dd = import_extra("dask.dataframe", "dask")
_delayed = import_extra("dask", "dask").delayed


def meta() -> Any:
    """The empty pandas DataFrame of the flat schema: the ``meta`` of every result.

    >>> list(meta().columns)[:4], str(meta().dtypes["valid"])
    (['source', 'notice', 'start', 'end'], 'boolean')
    """
    return to_pandas([])


def _partition_rows(inputs: Iterable[Input]) -> Any:
    return to_pandas(to_rows(parse_many(inputs)))


def parse_bag(bag: Any) -> Any:
    """A dask DataFrame of the flat rows of a bag of inputs, partition by partition.

    The bag's elements are what :func:`voidnotice.parse_many` takes: texts
    (``source`` null), ``(id, text)`` pairs or mappings with ``text`` and
    ``id``. The rows keep the order of the bag.

    >>> import dask.bag as db
    >>> bag = db.from_sequence(["遗失声明\\n张三遗失身份证", "遗失声明\\n李四遗失户口本"],
    ...                        npartitions=2)
    >>> parse_bag(bag).compute(scheduler="sync")["party_names"].tolist()
    ['张三', '李四']
    """
    parts = [_delayed(_partition_rows)(part) for part in bag.to_delayed()]
    return _dd.from_delayed(parts, meta=meta(), verify_meta=True)


def _frame_rows(partition: Any, text: str, ident: str | None) -> Any:
    texts = partition[text].tolist()
    if ident is None:
        return _partition_rows(texts)
    return _partition_rows(list(zip(partition[ident].tolist(), texts, strict=True)))


def parse_frame(frame: Any, text: str = "text", id: str | None = None) -> Any:
    """A dask DataFrame of the flat rows of a text column of a dask DataFrame.

    ``id`` names the column that gives each row's ``source`` (as a string);
    without it, ``source`` is null.

    >>> import pandas as pd, dask.dataframe as dd
    >>> pages = pd.DataFrame({"page": ["p1", "p2"],
    ...                       "body": ["遗失声明\\n张三遗失身份证", "遗失声明\\n李四遗失户口本"]})
    >>> rows = parse_frame(dd.from_pandas(pages, npartitions=2), text="body", id="page")
    >>> rows.compute(scheduler="sync")[["source", "party_names"]].values.tolist()
    [['p1', '张三'], ['p2', '李四']]
    >>> list(rows.columns) == list(meta().columns)
    True
    """
    return frame.map_partitions(
        _frame_rows, text, id, meta=meta(), enforce_metadata=True, clear_divisions=True
    )
