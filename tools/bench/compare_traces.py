"""Compares two folders of eval traces (NAME.signals.csv): per clip, the frames at which the count, the phase and
the faults change, and the largest shift between the two (or that the changes differ).
   python3 tools/bench/compare_traces.py DIR_A DIR_B"""
import csv,sys,glob,os
a,b=sys.argv[1],sys.argv[2]
for f in sorted(glob.glob(a+'/*.signals.csv')):
    n=os.path.basename(f)
    ra=list(csv.DictReader(open(f))); rb=list(csv.DictReader(open(os.path.join(b,n))))
    def ev(r):
        c=[(int(x['frame']),x['count']) for i,x in enumerate(r) if i and x['count']!=r[i-1]['count']]
        ph=[(int(x['frame']),x['phase']) for i,x in enumerate(r) if i and x['phase']!=r[i-1]['phase']]
        fl=[(int(x['frame']),x['faults']) for i,x in enumerate(r) if i and x['faults']!=r[i-1]['faults']]
        return c,ph,fl
    ca,pa,fa=ev(ra); cb,pb,fb=ev(rb)
    def d(x,y):
        if len(x)!=len(y): return 'DIFFERENT LENGTH %d vs %d'%(len(x),len(y))
        return 'max frame shift %d'%max([abs(p[0]-q[0]) for p,q in zip(x,y)] + [0]) + ('' if all(p[1]==q[1] for p,q in zip(x,y)) else ' values differ')
    print(n, 'frames',len(ra),len(rb),'| counts:',d(ca,cb),'| phases:',d(pa,pb),'| faults:',d(fa,fb))
