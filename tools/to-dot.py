#!/usr/bin/env python3
"""Writes a HybridNet design as a Graphviz graph of the same topology, for timing `dot` beside `hybridnet export`.

Every container (a network, a subnet, an on-premises site) becomes a cluster, every other component a node, and
every connection an edge; an edge to a container ends at an invisible point inside its cluster (`lhead`/`ltail`).
With --flat, every component is a node and containment is an edge from container to content: no clusters, which
dot lays out much faster (the stricter comparison).
Usage: tools/to-dot.py [--flat] DESIGN.hybridnet.json > DESIGN.dot
"""
import json
import sys


def quote(text):
    return '"' + str(text).replace('\\', '\\\\').replace('"', '\\"') + '"'


def main(path, flat):
    with open(path, encoding='utf-8') as f:
        design = json.load(f)
    elements = design.get('elements', [])
    children = {}
    for element in elements:
        children.setdefault(element.get('parent'), []).append(element)
    containers = set() if flat else {e['id'] for e in elements if e['id'] in children}
    out = ['digraph hybridnet {', '  compound=true; rankdir=LR;',
           '  node [shape=box, fontname="Segoe UI", fontsize=10];']

    def emit(element, depth):
        pad = '  ' * depth
        if element['id'] in containers:
            out.append(f'{pad}subgraph {quote("cluster_" + element["id"])} {{')
            out.append(f'{pad}  label={quote(element.get("name", element["id"]))};')
            out.append(f'{pad}  {quote(element["id"] + "__anchor")} [shape=point, style=invis];')
            for child in children.get(element['id'], []):
                emit(child, depth + 1)
            out.append(f'{pad}}}')
        else:
            out.append(f'{pad}{quote(element["id"])} [label={quote(element.get("name", element["id"]))}];')

    if flat:
        for element in elements:
            emit(element, 1)
            if element.get('parent'):
                out.append(f'  {quote(element["parent"])} -> {quote(element["id"])} [style=dotted, arrowhead=none];')
    else:
        for element in children.get(None, []):
            emit(element, 1)
    for connection in design.get('connections', []):
        attrs = [f'label={quote(connection.get("kind", ""))}']
        ends = []
        for end, clip in ((connection['from'], 'ltail'), (connection['to'], 'lhead')):
            if end in containers:
                attrs.append(f'{clip}={quote("cluster_" + end)}')
                ends.append(quote(end + '__anchor'))
            else:
                ends.append(quote(end))
        out.append(f'  {ends[0]} -> {ends[1]} [{", ".join(attrs)}];')
    out.append('}')
    print('\n'.join(out))


if __name__ == '__main__':
    args = sys.argv[1:]
    flat = '--flat' in args
    args = [a for a in args if a != '--flat']
    if len(args) != 1:
        sys.exit(__doc__.strip().splitlines()[-1])
    main(args[0], flat)
